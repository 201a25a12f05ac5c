/**
 * What an interval for one proportion is computed from: the design-based estimate and its variance
 * plus the sample sizes and degrees of freedom the methods need.
 * @example
 * const input: CiInput = { estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true };
 */
export interface CiInput {
  /** Estimated proportion p̂ in [0, 1]. */
  estimate: number;
  /** Design-based variance V of p̂, >= 0. */
  variance: number;
  /** Design df of the domain (`degf` of the subset design); Infinity gives normal quantiles. */
  df: number;
  /** Confidence level in (0, 1), e.g. 0.95. */
  level: number;
  /** Unweighted rows of the domain with a valid answer (the base of p̂). */
  n: number;
  /**
   * `nrow(design)` as `beta` uses it: the domain rows for ordinary designs, the full sample size for
   * calibrated designs (whose subsets only zero the weights). Default `n`.
   */
  nDesign?: number;
  /** `degf(design)` used by `beta`, which ignores `df` (as R). Default `df`. */
  degfDesign?: number;
  /** True when weights or clustering make the effective sample size differ from `n`. */
  weighted: boolean;
}
