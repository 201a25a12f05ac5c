import type { SurveyDesign } from '../design/survey-design.ts';
import { isZeroVariance } from './ci/guarded-interval.ts';
import { proportionInterval } from './ci/proportion-interval.ts';
import type { NormalizedEstimateOptions } from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import type { RatioCell } from './ratio-table.ts';

/** The standard columns of every estimate table (`STANDARD_COLUMNS`, design.md), without grouping columns. */
export type StandardColumns = Pick<
  EstimateRow,
  | 'estimate'
  | 'se'
  | 'ci_low'
  | 'ci_high'
  | 'df'
  | 'deff'
  | 'n_unweighted'
  | 'n_weighted'
  | 'count_unweighted'
  | 'n_eff'
  | 'cv'
  | 'flags'
>;

/**
 * The standard columns of one proportion from a {@link RatioCell} of `ratioTable`, exactly as
 * `estimateShares` computes them: the interval by `options.ci` on the domain df (or normal with
 * `df: 'inf'`), deff against SRS with replacement (null at p̂ = 0 or 1), n_eff = p̂(1−p̂)/V, cv = se/p̂,
 * and flags: `empty` (no row in the base; estimate, se and interval null), the interval's flags and
 * `lonely-psu:<rule>` when the design handled a lonely PSU. Reliability flags come from `applyReliability`.
 *
 * @param cell - One cell of a ratio table whose numerators are 0/1 indicators (a proportion).
 * @param design - The design the table was computed on (its weighting, clustering and issues).
 * @param options - Interval method, level and df rule, as `normalizeEstimateOptions` returns them.
 * @returns The standard columns, ready to be spread after a row's grouping columns.
 * @example
 * const t = ratioTable(design, input);
 * const row = { destination: 'JP', ...ratioCellColumns(t.cell(0, 0), design, normalizeEstimateOptions()) };
 */
export function ratioCellColumns(
  cell: RatioCell,
  design: SurveyDesign,
  options: Pick<NormalizedEstimateOptions, 'ci' | 'level' | 'df'>,
): StandardColumns {
  const p = cell.estimate;
  const empty = cell.nUnweighted === 0 || !(cell.nWeighted > 0);
  const se = empty ? null : Math.sqrt(cell.variance);
  const interval = empty
    ? undefined
    : proportionInterval(
        {
          estimate: p,
          variance: cell.variance,
          df: options.df === 'inf' ? Number.POSITIVE_INFINITY : cell.df,
          level: options.level,
          n: cell.nUnweighted,
          nDesign: cell.nUnweighted,
          degfDesign: cell.df,
          weighted: design.weighted || design.clustered,
        },
        options.ci,
      );
  // deff and n_eff need an interior p̂ and a variance that is not zero up to rounding (as the interval).
  const inner = p > 0 && p < 1 && !isZeroVariance(cell.variance, p);
  const lonely = design.issues.some((i) => i.code === 'lonely-psu') ? [`lonely-psu:${design.lonelyPsu}`] : [];
  return {
    estimate: empty ? null : p,
    se,
    ci_low: interval ? interval.low : null,
    ci_high: interval ? interval.high : null,
    df: cell.df,
    deff: inner && cell.nPositive > 1 ? (cell.variance * (cell.nPositive - 1)) / (p * (1 - p)) : null,
    n_unweighted: cell.nUnweighted,
    n_weighted: cell.nWeighted,
    count_unweighted: cell.count,
    n_eff: inner ? (p * (1 - p)) / cell.variance : null,
    cv: !empty && p > 0 && se !== null ? se / p : null,
    flags: [...(empty ? ['empty'] : []), ...(interval?.flags ?? []), ...lonely],
  };
}
