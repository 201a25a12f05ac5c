import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';
import { criticalT } from './critical-t.ts';

/**
 * Arcsine interval: `θ = asin√p̂`, `SE_θ = √V/(2√(p̂(1−p̂)))`, `sin²(θ ± t·SE_θ)`. Unlike R, the angle
 * interval is clipped to [0, π/2] before transforming back (flag `clipped`), so the interval always
 * contains p̂; R folds a negative angle back and can exclude p̂. For 0 < p̂ < 1 and V > 0.
 * @param input - Estimate, variance, df and level.
 * @returns The interval.
 * @example asinInterval({ estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true })
 */
export function asinInterval(input: CiInput): CiResult {
  const p = input.estimate;
  const theta = Math.asin(Math.sqrt(p));
  const half = (criticalT(input.level, input.df) * Math.sqrt(input.variance)) / (2 * Math.sqrt(p * (1 - p)));
  const flags = input.df > 0 ? [] : ['df-zero'];
  const lowAngle = theta - half;
  const highAngle = theta + half;
  if (input.df > 0 && (lowAngle < 0 || highAngle > Math.PI / 2)) flags.push('clipped');
  return {
    low: lowAngle <= 0 ? 0 : Math.sin(lowAngle) ** 2,
    high: highAngle >= Math.PI / 2 ? 1 : Math.sin(highAngle) ** 2,
    flags,
  };
}
