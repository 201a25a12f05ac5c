/**
 * A confidence interval with what was special about it.
 *
 * Flags: `boundary` (p̂ = 0 or 1, or V = 0: Clopper–Pearson on the unweighted n), `empty` (n = 0,
 * bounds NaN), `df-zero` (the df the method relies on is 0: the t quantile is infinite, so the
 * interval is [0, 1]), `clipped` (an `asin` or `mean` interval was cut to [0, 1], unlike R),
 * `degenerate` (the bounds coincide although V > 0, from rounding), `numeric-limit` (a bound could not
 * be computed for an extreme input, e.g. p̂ ~ 1e-320 or n_eff ~ 1e160, and was set to p̂).
 * @example const r: CiResult = { low: 0.28, high: 0.58, flags: [] };
 */
export interface CiResult {
  low: number;
  high: number;
  flags: string[];
  /** Effective sample size used (`beta`, and `wilson`/`clopper-pearson` on weighted data; n at a boundary). */
  nEff?: number;
  /** Korn–Graubard's df-adjusted effective sample size (`beta`). */
  nStar?: number;
}
