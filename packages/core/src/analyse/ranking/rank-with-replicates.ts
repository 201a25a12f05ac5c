import { replicateRatios } from '../../design/replicates/replicate-ratios.ts';
import { replicateRatiosFromWeights } from '../../design/replicates/replicate-ratios-from-weights.ts';
import type { ReplicateDesign, ReplicateWeights } from '../../design/replicates/replicate-types.ts';
import type { SurveyDesign } from '../../design/survey-design.ts';
import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import { estimateShares } from '../../estimate/estimate-shares.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import type { RankingOptions } from './ranking-options.ts';
import type { RankingResult } from './ranking-result.ts';
import { rankingRows } from './ranking-rows.ts';

const NOT_DRAWS = ['JK1', 'JKn', 'BRR', 'Fay'];

/**
 * Ranks destinations per group (see `rankDestinations`) with rank uncertainty from replicates the
 * caller supplies: row-level replicate weights (`replicateWeightsFromMatrix`, e.g. a matrix exported
 * from R or published with the data) or PSU multipliers of this design (`replicateDesign`). `p_first`
 * is the share of usable replicates in which a destination ranks first (ties count for each), and
 * `[rank_low, rank_high]` the type-1 percentile interval of its rank at the estimate `level`
 * (methods.md §6, fixture T21-ranks). Use bootstrap-type replicates: jackknife, BRR and Fay replicates
 * are not draws from the sampling distribution (a warning says so).
 *
 * @param replicates - `ReplicateWeights` with one weight per respondent of `design`, or a
 *   `ReplicateDesign` built from `design`
 * @param options - estimate options (`by`, `question`, `measure`, `base`, `destinations`, `filter`, `ci`,
 *   `level` default 0.95, `df`) and `tieLevel` (default 0.05); `replicates` and `seed` belong to
 *   `rankDestinations` and are refused here
 * @throws MinatError `option-invalid` for a bad `tieLevel`, `replicates`/`seed` given, or replicates of
 *   another design; and whatever `estimateShares` throws
 * @example rankWithReplicates(survey, design, replicateWeightsFromMatrix(design, matrix, { scale: 1 / 199 }))
 */
export function rankWithReplicates(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  replicates: ReplicateWeights | ReplicateDesign,
  options: Omit<RankingOptions, 'replicates' | 'seed'> = {},
): RankingResult {
  const { tieLevel = 0.05, ...estimateOptions } = options as RankingOptions;
  for (const key of ['replicates', 'seed'] as const) {
    if (estimateOptions[key] !== undefined) {
      throw new MinatError(
        'option-invalid',
        `invalid ${key} ${estimateOptions[key]}: the replicates are given; ${key} is an option of rankDestinations`,
        { value: String(estimateOptions[key]), expected: `no ${key} with supplied replicates` },
      );
    }
  }
  if (!(typeof tieLevel === 'number' && tieLevel > 0 && tieLevel < 1)) {
    throw new MinatError(
      'option-invalid',
      `invalid tieLevel ${JSON.stringify(tieLevel)}: expected a significance level between 0 and 1, e.g. 0.05`,
      { value: String(tieLevel), expected: 'a number between 0 and 1' },
    );
  }
  const estimate = estimateShares(survey, design, estimateOptions);
  const { table, order, groups } = estimate.shares;
  let thetas: Float64Array;
  if ('multipliers' in replicates) {
    const P = design.psuStratum.length;
    if (replicates.multipliers.length !== replicates.R * P) {
      throw new MinatError(
        'option-invalid',
        `the replicates have ${replicates.multipliers.length / replicates.R} PSU multipliers per replicate and the design ${P} PSUs`,
        {
          value: String(replicates.multipliers.length / replicates.R),
          expected: `${P}, from replicateDesign(design, …)`,
        },
      );
    }
    // PSU multipliers re-estimate from the table's PSU sums; only row-level weights need the rows.
    thetas = replicateRatios(table, replicates, order.length, groups.labels.length);
  } else {
    thetas = replicateRatiosFromWeights(estimate.shares.input, replicates);
  }
  const issues: Issue[] = [...estimate.issues];
  if (NOT_DRAWS.includes(replicates.type)) {
    issues.push({
      level: 'warning',
      code: 'rank-replicates-not-bootstrap',
      message: `${replicates.type} replicates are not draws from the sampling distribution, so p_first and the rank intervals are not meaningful; use subbootstrap replicates`,
      details: { type: replicates.type },
    });
  }
  return {
    rows: rankingRows(estimate, thetas, replicates.R, tieLevel),
    by: estimate.by,
    question: estimate.question,
    measure: estimate.measure,
    base: estimate.base,
    sumsToOne: estimate.sumsToOne,
    tieLevel,
    level: estimate.options.level,
    replicates: { type: replicates.type, R: replicates.R, seed: null },
    estimate,
    issues,
  };
}
