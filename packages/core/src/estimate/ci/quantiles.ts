/**
 * The distribution functions the estimators need, in one place, so that no other module imports
 * `@stdlib` directly. Each wrapper returns NaN where the distribution is undefined (for example
 * 0 or negative degrees of freedom), as R does.
 */
import betaCdfStdlib from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantileStdlib from '@stdlib/stats-base-dists-beta-quantile';
import chisquareCdfStdlib from '@stdlib/stats-base-dists-chisquare-cdf';
import chisquareQuantileStdlib from '@stdlib/stats-base-dists-chisquare-quantile';
import fCdfStdlib from '@stdlib/stats-base-dists-f-cdf';
import normalCdfStdlib from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileStdlib from '@stdlib/stats-base-dists-normal-quantile';
import tCdfStdlib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStdlib from '@stdlib/stats-base-dists-t-quantile';

// stdlib's t functions return 0 (quantile) or lose accuracy for astronomically large df; from here on
// the t distribution equals the normal to double precision.
const NORMAL_DF = 1e15;

/**
 * Quantile of the standard normal distribution, `z_p`.
 * @param p - Probability in [0, 1].
 * @returns `z_p` (±Infinity at 0 and 1, NaN outside [0, 1]).
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  return normalQuantileStdlib(p, 0, 1);
}

/**
 * Quantile of Student's t with `df` degrees of freedom; the normal quantile when `df` is Infinity.
 * @param p - Probability in [0, 1].
 * @param df - Degrees of freedom, > 0 (non-integer allowed; Infinity means normal).
 * @returns `t_{p,df}`, NaN when `df <= 0` or is NaN.
 * @example tQuantile(0.975, 5) // 2.570581835636314
 */
export function tQuantile(p: number, df: number): number {
  if (df > NORMAL_DF) return normalQuantile(p);
  // Tables ask for the same few quantiles many times (one level, the dfs of their groups, the sizes
  // of their cells), and each costs an inverse incomplete beta: remember them (pure, so the same).
  let byDf = tQuantiles.get(p);
  if (!byDf) {
    byDf = new Map();
    tQuantiles.set(p, byDf);
  }
  let q = byDf.get(df);
  if (q === undefined) {
    if (++remembered > REMEMBERED) {
      tQuantiles.clear();
      remembered = 1;
      tQuantiles.set(p, byDf);
      byDf.clear();
    }
    q = tQuantileStdlib(p, df);
    byDf.set(df, q);
  }
  return q;
}

const tQuantiles = new Map<number, Map<number, number>>();
const REMEMBERED = 4096;
let remembered = 0;

/**
 * Distribution function of the standard normal, `Φ(x)`.
 * @param x - Point.
 * @returns `P(Z <= x)`.
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(x: number): number {
  return normalCdfStdlib(x, 0, 1);
}

/**
 * Distribution function of Student's t with `df` degrees of freedom; the normal one when `df` is Infinity.
 * @param x - Point.
 * @param df - Degrees of freedom, > 0.
 * @returns `P(T <= x)`, NaN when `df <= 0`.
 * @example tCdf(2.570581835636314, 5) // 0.975
 */
export function tCdf(x: number, df: number): number {
  if (df > NORMAL_DF) return normalCdf(x);
  return tCdfStdlib(x, df);
}

/**
 * Quantile of the Beta(a, b) distribution (non-integer shapes allowed).
 * @param p - Probability in [0, 1].
 * @param a - First shape, > 0.
 * @param b - Second shape, > 0.
 * @returns The p-quantile, NaN for shapes <= 0.
 * @example betaQuantile(0.025, 7, 10) // 0.19753414053266…
 */
export function betaQuantile(p: number, a: number, b: number): number {
  // Each costs an inverse incomplete beta (~16 µs), and the same ones come again: a table's NCHS
  // intervals when it is published under other reliability thresholds than it was estimated with, or
  // shown again. Remembered (pure, so the same), at most BETA_REMEMBERED.
  const key = `${p} ${a} ${b}`;
  let q = betaQuantiles.get(key);
  if (q === undefined) {
    if (betaQuantiles.size >= BETA_REMEMBERED) betaQuantiles.clear();
    q = betaQuantileStdlib(p, a, b);
    betaQuantiles.set(key, q);
  }
  return q;
}

const betaQuantiles = new Map<string, number>();
/** How many beta quantiles {@link betaQuantile} remembers (a province × destination table needs ~2,700). */
export const BETA_REMEMBERED = 16_384;

/**
 * Distribution function of the F distribution with `d1` and `d2` degrees of freedom.
 * @param x - Point, >= 0.
 * @param d1 - Numerator df, > 0.
 * @param d2 - Denominator df, > 0.
 * @returns `P(F <= x)`.
 * @example fCdf(3, 2, 10) // 0.9046…
 */
export function fCdf(x: number, d1: number, d2: number): number {
  return fCdfStdlib(x, d1, d2);
}

/**
 * Distribution function of the chi-square distribution with `k` degrees of freedom.
 * @param x - Point, >= 0.
 * @param k - Degrees of freedom, > 0.
 * @returns `P(X <= x)`.
 * @example chisquareCdf(3.841458820694124, 1) // 0.95
 */
export function chisquareCdf(x: number, k: number): number {
  return chisquareCdfStdlib(x, k);
}

/**
 * Quantile of the chi-square distribution with `k` degrees of freedom.
 * @param p - Probability in [0, 1].
 * @param k - Degrees of freedom, > 0.
 * @returns The p-quantile.
 * @example chisquareQuantile(0.95, 1) // 3.841458820694124
 */
export function chisquareQuantile(p: number, k: number): number {
  return chisquareQuantileStdlib(p, k);
}

/**
 * Distribution function of the Beta(a, b) distribution (non-integer shapes allowed): the regularised
 * incomplete beta, I_x(a, b). About an eighth of the cost of {@link betaQuantile}.
 * @param x - Point in [0, 1].
 * @param a - First shape, > 0.
 * @param b - Second shape, > 0.
 * @returns `P(X <= x)`, NaN for shapes <= 0.
 * @example betaCdf(0.5, 2, 2) // 0.5
 */
export function betaCdf(x: number, a: number, b: number): number {
  return betaCdfStdlib(x, a, b);
}
