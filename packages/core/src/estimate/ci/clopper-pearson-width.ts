import { betaCdfBound } from './beta-tail-bound.ts';
import { betaCdf, normalQuantile } from './quantiles.ts';

// A distribution value this close to the quantile's probability is not trusted to tell the sides apart.
const MARGIN = 1e-12;

/**
 * Whether the Clopper–Pearson interval of `x` successes in `n` is certainly no wider than `width`,
 * decided without computing it: by a bound on its width for large n, else when a window of that width
 * around the Wilson midpoint contains the interval, that is when the lower limit's beta distribution
 * is below α/2 at the window's start and the upper limit's is above 1 − α/2 at its end (each limit is
 * that distribution's quantile, and distribution functions increase). Each side is first tried with
 * {@link betaCdfBound} (a few logarithms), then with an incomplete beta: never an inverse one. `false` means "not certain", not
 * "wider": the caller then computes the interval.
 *
 * @param x - successes, 0 < x < n (non-integer allowed, as an effective count)
 * @param n - trials (non-integer allowed)
 * @param level - confidence level, e.g. 0.95
 * @param width - the width to stay within
 * @returns true only when high − low ≤ width is certain
 * @example clopperPearsonWithin(500, 5000, 0.95, 0.05) // true (the interval is 0.0918–0.1086)
 */
export function clopperPearsonWithin(x: number, n: number, level: number, width: number): boolean {
  if (!computable(x, n) || !(width > 0)) return false;
  const alpha = 1 - level;
  // Large n needs no distribution at all: Beta(a, b) is sub-Gaussian with variance proxy
  // 1/(4(a + b + 1)) (Marchal & Arbel 2017), so each limit lies within √(2 ln(2/α))/(2√(n + 2)) of its
  // beta's mean, x/(n + 1) and (x + 1)/(n + 1): the width is at most 1/(n + 1) + √(2 ln(2/α)/(n + 2)).
  if (1 / (n + 1) + Math.sqrt((2 * Math.log(2 / alpha)) / (n + 2)) <= width) return true;
  const { start, end } = window(x, n, alpha, width);
  // low = quantile(α/2) of Beta(x, n − x + 1) lies above `start` when that distribution is below α/2
  // there: certainly so when a Chernoff bound on it is (most cells of a large survey), else computed.
  const below = alpha / 2 - MARGIN;
  const lowInside =
    start <= 0 || betaCdfBound(start, x, n - x + 1) < below || betaCdf(start, x, n - x + 1) < below;
  if (!lowInside) return false;
  // high = quantile(1 − α/2) of Beta(x + 1, n − x) lies below `end` when that distribution is above
  // 1 − α/2 there, that is when Beta(n − x, x + 1) (its mirror) is below α/2 at 1 − end.
  return (
    end >= 1 ||
    betaCdfBound(1 - end, n - x, x + 1) < below ||
    betaCdf(end, x + 1, n - x) > 1 - alpha / 2 + MARGIN
  );
}

/**
 * Whether the Clopper–Pearson interval of `x` successes in `n` is certainly wider than `width`,
 * decided without computing it: the interval reaches past both ends of a window of that width around
 * the Wilson midpoint when the lower limit's beta distribution is above α/2 at the window's start and
 * the upper limit's is below 1 − α/2 at its end. `false` means "not certain".
 *
 * @param x - successes, 0 < x < n (non-integer allowed, as an effective count)
 * @param n - trials (non-integer allowed)
 * @param level - confidence level, e.g. 0.95
 * @param width - the width to exceed
 * @returns true only when high − low > width is certain
 * @example clopperPearsonBeyond(10, 100, 0.95, 0.1) // true (the interval is 0.049–0.176)
 */
export function clopperPearsonBeyond(x: number, n: number, level: number, width: number): boolean {
  if (!computable(x, n) || !(width > 0)) return false;
  const alpha = 1 - level;
  const { start, end } = window(x, n, alpha, width);
  if (start <= 0 || end >= 1) return false;
  // low lies below `start` when Beta(x, n − x + 1) is above α/2 there; high lies above `end` when
  // Beta(x + 1, n − x) is below 1 − α/2 there.
  return (
    betaCdf(start, x, n - x + 1) > alpha / 2 + MARGIN && betaCdf(end, x + 1, n - x) < 1 - alpha / 2 - MARGIN
  );
}

/**
 * 0 < x < n with both beta shapes normal numbers: the interval itself is computed otherwise (with a
 * subnormal shape, like an estimate of 1e-322, stdlib's quantile is NaN and the caller's flow decides
 * as it always has).
 */
function computable(x: number, n: number): boolean {
  const MIN_NORMAL = 2.2250738585072014e-308;
  return x >= MIN_NORMAL && n - x >= MIN_NORMAL;
}

/** A window of `width` around the Wilson midpoint of x in n. */
function window(x: number, n: number, alpha: number, width: number): { start: number; end: number } {
  const z = normalQuantile(1 - alpha / 2);
  const centre = (x + (z * z) / 2) / (n + z * z);
  return { start: centre - width / 2, end: centre + width / 2 };
}
