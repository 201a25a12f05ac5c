import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';
import { criticalT } from './critical-t.ts';

/**
 * Wald interval on the proportion scale, `p̂ ± t·√V`, clipped to [0, 1] (flag `clipped`; R does
 * not clip). For 0 < p̂ < 1 and V > 0.
 * @param input - Estimate, variance, df and level.
 * @returns The interval.
 * @example meanInterval({ estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true })
 */
export function meanInterval(input: CiInput): CiResult {
  const p = input.estimate;
  const half = criticalT(input.level, input.df) * Math.sqrt(input.variance);
  const flags = input.df > 0 ? [] : ['df-zero'];
  if (input.df > 0 && (p - half < 0 || p + half > 1)) flags.push('clipped');
  return { low: Math.max(0, p - half), high: Math.min(1, p + half), flags };
}
