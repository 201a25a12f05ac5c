import { tQuantile } from './quantiles.ts';

/**
 * The two-sided critical value `t_{1−α/2, df}` of a confidence level. At df = 0 the t distribution
 * is undefined and its quantiles grow without bound as df → 0, so this returns Infinity (the
 * intervals become [0, 1] and are flagged `df-zero` by their callers).
 * @param level - Confidence level in (0, 1).
 * @param df - Degrees of freedom, >= 0; Infinity gives the normal `z_{1−α/2}`.
 * @returns The critical value, > 0.
 * @example criticalT(0.95, 5) // 2.570581835636314
 */
export function criticalT(level: number, df: number): number {
  if (!(df > 0)) return Number.POSITIVE_INFINITY;
  return tQuantile(1 - (1 - level) / 2, df);
}
