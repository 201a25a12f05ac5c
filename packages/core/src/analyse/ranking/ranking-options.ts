import type { EstimateOptions } from '../../estimate/estimate-options.ts';

/** Options of {@link rankDestinations} and {@link rankWithReplicates}: the estimate options plus ranking ones. */
export interface RankingOptions extends EstimateOptions {
  /** `rankDestinations` only: Rao–Wu subbootstrap replicates B, an integer ≥ 2 (default 1000). */
  replicates?: number;
  /** `rankDestinations` only: seed of the replicates, a non-negative integer (default 1). */
  seed?: number;
  /** Significance level of the adjacent-pair tests that form tie groups, in (0, 1) (default 0.05). */
  tieLevel?: number;
}
