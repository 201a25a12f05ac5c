import { normalQuantile } from './quantiles.ts';

/**
 * Wilson score interval for x successes out of n (as R's `prop.test(correct = FALSE)`): with
 * `z = z_{1−α/2}`, centre `(x + z²/2)/(n + z²)`, half-width `z/(n + z²)·√(x(n−x)/n + z²/4)`.
 * Non-integer x and n are allowed (effective sample sizes).
 * @param x - Successes, 0 <= x <= n (values a rounding error outside are clamped).
 * @param n - Trials, > 0; NaN bounds when n <= 0.
 * @param level - Confidence level in (0, 1), e.g. 0.95.
 * @returns The interval `{ low, high }`, exactly 0 below when x = 0 and 1 above when x = n.
 * @example wilsonInterval(7, 16, 0.95) // { low: 0.2309865240549…, high: 0.6682144360118… }
 */
export function wilsonInterval(x: number, n: number, level: number): { low: number; high: number } {
  if (!(n > 0)) return { low: Number.NaN, high: Number.NaN };
  const k = Math.min(Math.max(x, 0), n);
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const half = (z / (n + z2)) * Math.sqrt((k / n) * (n - k) + z2 / 4);
  // The lower root is the product of the roots over the upper one, which avoids the cancellation of
  // centre − half when x is near 0; the upper bound mirrors it (upper(x) = 1 − lower(n − x)).
  const lower = (m: number): number => (m * (m / n)) / (m + z2 / 2 + (n + z2) * half);
  return { low: lower(k), high: 1 - lower(n - k) };
}
