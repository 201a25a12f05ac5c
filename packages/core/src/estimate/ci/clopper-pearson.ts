import { betaQuantile } from './quantiles.ts';

/**
 * Clopper–Pearson ("exact") interval for x successes out of n, via Beta quantiles:
 * lower `Beta⁻¹(α/2; x, n−x+1)` (0 when x = 0), upper `Beta⁻¹(1−α/2; x+1, n−x)` (1 when x = n).
 * Non-integer x and n are allowed, which makes Korn–Graubard (x = n*·p̂, n = n*) a special case.
 * @param x - Successes, 0 <= x <= n (values a rounding error outside are clamped).
 * @param n - Trials, > 0; NaN bounds when n <= 0.
 * @param level - Confidence level in (0, 1), e.g. 0.95.
 * @returns The interval `{ low, high }`.
 * @example clopperPearson(0, 16, 0.95) // { low: 0, high: 0.2059072142078… } = 1 − 0.025^(1/16)
 */
export function clopperPearson(x: number, n: number, level: number): { low: number; high: number } {
  if (!(n > 0)) return { low: Number.NaN, high: Number.NaN };
  const alpha = 1 - level;
  const low = x <= 0 ? 0 : x >= n ? (alpha / 2) ** (1 / n) : betaQuantile(alpha / 2, x, n - x + 1);
  const high = x >= n ? 1 : x <= 0 ? 1 - (alpha / 2) ** (1 / n) : betaQuantile(1 - alpha / 2, x + 1, n - x);
  return { low, high };
}
