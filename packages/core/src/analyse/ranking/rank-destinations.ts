import { replicateDesign } from '../../design/replicates/replicate-design.ts';
import type { ReplicateDesign } from '../../design/replicates/replicate-types.ts';
import type { SurveyDesign } from '../../design/survey-design.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { rankWithReplicates } from './rank-with-replicates.ts';
import type { RankingOptions } from './ranking-options.ts';
import type { RankingResult } from './ranking-result.ts';

/**
 * Destinations ranked by their share within each group, with the uncertainty of the ranking
 * (methods.md §6, §7.1). Each row is an estimate row of `estimateShares` plus:
 * - `rank`: 1 for the largest estimate; equal estimates share the lower rank;
 * - `diff_next`, `diff_next_se`, `diff_next_p`: the difference with the next destination in the ranking
 *   (same-sample covariance, t on the smaller design df of the two, or normal with `df: 'inf'`; null
 *   for the last);
 * - `tie_group`: maximal chains of adjacent destinations whose differences are not significant at
 *   `tieLevel` share a group (A~B and B~C put A, B, C together even if A and C differ), 1, 2, …;
 * - `p_first`, `rank_low`, `rank_high`: share of Rao–Wu subbootstrap replicates (seeded) in which the
 *   destination ranks first, and the percentile interval of its rank at the estimate `level`.
 *
 * The replicates re-estimate from the table's per-PSU sums, so B replicates cost O(B · PSUs · K), not B
 * passes over the rows. A destination with a null estimate (an empty base) keeps its row, last, with
 * null ranking columns, and takes no part in any ranking: ranks, `p_first` and intervals are among the
 * destinations with an estimate. A destination with estimate 0 is ranked (it ties with other zeros).
 * On a calibrated design the replicates are not recalibrated (a warning says so).
 *
 * @param options - estimate options (`by`, `question`, `measure`, `base`, `destinations`, `filter`, `ci`,
 *   `level` default 0.95, `df`), `replicates` (B, default 1000), `seed` (default 1), `tieLevel`
 *   (default 0.05)
 * @throws MinatError `option-invalid` for bad options; `design-lonely-psu` for a stratum with one PSU
 * @example rankDestinations(survey, design, { filter: { wave: ['2026'] }, seed: 7 }).rows[0].destination // 'JP'
 */
export function rankDestinations(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: RankingOptions = {},
): RankingResult {
  const { replicates = 1000, seed = 1, ...rest } = options;
  const rep = subbootstrap(design, replicates, seed);
  const result = rankWithReplicates(survey, design, rep, rest);
  result.replicates.seed = seed;
  result.issues.push(...rep.issues);
  if (design.calibration.length > 0) {
    result.issues.push({
      level: 'warning',
      code: 'rank-replicates-not-recalibrated',
      message:
        'the bootstrap replicates reuse the calibrated weights without calibrating each replicate again, so p_first and the rank intervals ignore the calibration',
    });
  }
  return result;
}

/** Replicates drawn per design, by count and seed (a few kept per design; dropped with the design). */
const drawn = new WeakMap<SurveyDesign, Map<string, ReplicateDesign>>();
const KEPT_PER_DESIGN = 4;

/**
 * The seeded subbootstrap of a design. Its PSU multipliers depend on the design, count and seed only,
 * not on the filter, grouping or measure, so they are drawn once and reused by every ranking of the
 * design (the dashboard ranks on each filter change). Read-only: never handed to the caller.
 */
function subbootstrap(design: SurveyDesign, replicates: number, seed: number): ReplicateDesign {
  let mine = drawn.get(design);
  if (!mine) {
    mine = new Map();
    drawn.set(design, mine);
  }
  const key = `${replicates}:${seed}`;
  let rep = mine.get(key);
  if (!rep) {
    rep = replicateDesign(design, { type: 'subbootstrap', replicates, seed });
    mine.set(key, rep);
    if (mine.size > KEPT_PER_DESIGN) mine.delete(mine.keys().next().value as string);
  }
  return rep;
}
