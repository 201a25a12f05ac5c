import type { ReplicateType } from '../../design/replicates/replicate-types.ts';
import type { Issue } from '../../errors/issue.ts';
import type { EstimateResult } from '../../estimate/estimate-shares.ts';
import type { ShareMeasure } from '../../estimate/share-measure.ts';
import type { RankingRow } from './ranking-row.ts';

/** A ranking table and what it ranks. */
export interface RankingResult {
  /** Per group (in the estimate's group order), destinations in rank order; unranked (null estimate) last. */
  rows: RankingRow[];
  by: string[];
  question: string;
  measure: ShareMeasure;
  base: 'answered' | 'all';
  /** False when shares of one group add up past 100% (e.g. multi-select respondents). */
  sumsToOne: boolean;
  /** Significance level of the tie tests. */
  tieLevel: number;
  /** Level of the rank intervals (the estimate option `level`, default 0.95). */
  level: number;
  /** The replicates behind `p_first`, `rank_low`, `rank_high`; `seed` null when supplied by the caller. */
  replicates: { type: ReplicateType | 'other'; R: number; seed: number | null };
  /** The estimate table the ranking was built from (with its ratio table, for further analyses). */
  estimate: EstimateResult;
  issues: Issue[];
}
