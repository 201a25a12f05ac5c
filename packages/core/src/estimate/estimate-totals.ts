import type { SurveyDesign } from '../design/survey-design.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { tQuantile } from './ci/quantiles.ts';
import type { EstimateOptions } from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import { estimateShares } from './estimate-shares.ts';

/**
 * Weighted totals (R's `svytotal`): for every destination × group, the estimated number of people in
 * the population choosing it (`Σ w a`), with its linearised SE, a symmetric interval (t on the domain df,
 * or normal with `df: 'inf'`, as `confint(svytotal())`), df and cv. Same options as `estimateShares`;
 * `deff` and `n_eff` are null (they describe proportions).
 *
 * @example estimateTotals(survey, design, { by: ['sex'] }).find((r) => r.destination === 'JP')?.estimate
 */
export function estimateTotals(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: EstimateOptions = {},
): EstimateRow[] {
  const result = estimateShares(survey, design, options);
  const { table, order, groups } = result.shares;
  const { level, df: dfMode } = result.options;
  const rows: EstimateRow[] = [];
  let j = 0;
  for (let g = 0; g < groups.labels.length; g++) {
    for (const k of order) {
      const share = result.rows[j++]!;
      const c = table.cell(g, k);
      const se = Math.sqrt(c.totalVariance);
      const q = tQuantile(1 - (1 - level) / 2, dfMode === 'inf' ? Number.POSITIVE_INFINITY : c.df);
      const empty = c.nUnweighted === 0;
      rows.push({
        ...share,
        estimate: empty ? null : c.total,
        se: empty ? null : se,
        ci_low: empty || !Number.isFinite(q) ? null : c.total - q * se,
        ci_high: empty || !Number.isFinite(q) ? null : c.total + q * se,
        deff: null,
        n_eff: null,
        cv: !empty && c.total > 0 ? se / c.total : null,
        flags: share.flags.filter((f) => f === 'empty' || f.startsWith('lonely-psu')),
      });
    }
  }
  return rows;
}
