import type { EstimateRow } from '../../estimate/estimate-row.ts';

/**
 * One row of a ranking table: an estimate row (grouping columns, `destination`, `measure`, `base`, the
 * standard columns) plus the ranking columns. Ranking columns are null for a destination without an
 * estimate (an empty base), which takes no part in the ranking.
 */
export interface RankingRow extends EstimateRow {
  /** 1 = largest share in the group; equal estimates share the lower rank. */
  rank: number | null;
  /** Estimate minus the estimate of the next destination in the ranking; null for the last. */
  diff_next: number | null;
  /** SE of `diff_next`, `sqrt(V₁ + V₂ − 2C)` with the same-sample covariance C. */
  diff_next_se: number | null;
  /** Two-sided p-value of `diff_next = 0`, t on the smaller design df of the two (null when untestable). */
  diff_next_p: number | null;
  /** Tie group, 1, 2, … down the ranking: chains of adjacent destinations not significantly different. */
  tie_group: number | null;
  /** Share of bootstrap replicates in which the destination ranks first (ties count for each). */
  p_first: number | null;
  /** Percentile interval of the destination's rank across replicates (R's `quantile(type = 1)`). */
  rank_low: number | null;
  rank_high: number | null;
}

/** The columns a ranking adds after the standard columns, in order. */
export const RANKING_COLUMNS = [
  'rank',
  'diff_next',
  'diff_next_se',
  'diff_next_p',
  'tie_group',
  'p_first',
  'rank_low',
  'rank_high',
] as const;
