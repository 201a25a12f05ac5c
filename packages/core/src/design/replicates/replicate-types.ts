import type { Issue } from '../../errors/issue.ts';

/**
 * Replicate-weight methods (methods.md §6), as `as.svrepdesign(type=)` in R: `JK1` (delete-one-PSU
 * jackknife, unstratified), `JKn` (stratified jackknife), `BRR` (balanced repeated replication, two PSUs
 * per stratum), `Fay` (BRR with Fay's factor ρ), `bootstrap` (Canty–Davison) and `subbootstrap`
 * (Rao–Wu, n_h − 1 draws).
 */
export type ReplicateType = 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap' | 'subbootstrap';

/**
 * A replicate design whose replicate weights are PSU multipliers: replicate r gives row i the weight
 * `w_i · multipliers[r · P + psu_i]`. Built by `replicateDesign`.
 */
export interface ReplicateDesign {
  type: ReplicateType;
  /** Number of replicates. */
  R: number;
  /** `R × P` PSU multipliers, row-major by replicate (P = PSUs of the design). */
  multipliers: Float64Array;
  /** Overall scale of the variance (`V = scale · Σ_r rscales[r] · (θ_r − θ̄)²`). */
  scale: number;
  /** Per-replicate scales (length R). */
  rscales: Float64Array;
  /** Centre on the full-sample estimate (true) or on the mean of the replicates (false, R's default). */
  mse: boolean;
  /** Degrees of freedom: rank of the row-level replicate-weight matrix − 1 (as R's `degf`). */
  df: number;
  /** Diagnostics, e.g. an fpc the method cannot use. */
  issues: Issue[];
}

/** User-supplied row-level replicate weights (e.g. from a statistics office), checked by `replicateWeightsFromMatrix`. */
export interface ReplicateWeights {
  /** What the weights are, when known (`other` otherwise). */
  type: ReplicateType | 'other';
  /** Number of replicates. */
  R: number;
  /** `R × n` replicate weights (sampling weight included), row-major by replicate. */
  weights: Float64Array;
  scale: number;
  rscales: Float64Array;
  mse: boolean;
  /** Rank of the replicate-weight matrix − 1. */
  df: number;
}

/** Options of `replicateDesign`. */
export interface ReplicateOptions {
  type: ReplicateType;
  /** Bootstrap replicates (bootstraps only; default 1000, the minimum methods.md §6 recommends for ranks). */
  replicates?: number;
  /** Seed of the bootstraps' random numbers (non-negative integer; default 1). */
  seed?: number;
  /** Fay's ρ in (0, 1) (type `Fay` only; default 0.5). */
  fayRho?: number;
  /** Centre on the full-sample estimate instead of the replicate mean (default false, as R). */
  mse?: boolean;
}

/** Options of `replicateWeightsFromMatrix`. */
export interface ReplicateWeightsOptions {
  /** Overall variance scale (e.g. 1/(R−1) for bootstraps, (R−1)/R for JK1, 1/R for BRR). */
  scale: number;
  /** Per-replicate scales (default all 1). */
  rscales?: Float64Array | number[];
  /** Centre on the full-sample estimate (default false). */
  mse?: boolean;
  /** What the weights are (default `other`); informative only. */
  type?: ReplicateType | 'other';
  /** Degrees of freedom when known (skips the rank computation, which costs O(n · R²)). */
  df?: number;
}
