import type { SurveyDesign } from '../../design/survey-design.ts';
import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import type { EstimateOptions } from '../../estimate/estimate-options.ts';
import type { EstimateRow } from '../../estimate/estimate-row.ts';
import { type EstimateResult, estimateShares } from '../../estimate/estimate-shares.ts';
import type { ShareMeasure } from '../../estimate/share-measure.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { harmoniseQuestion } from './harmonise-question.ts';
import { TREND_CHANGE_COLUMNS, type TrendChange } from './trend-change.ts';
import { waveChanges } from './wave-changes.ts';
import { waveOrder } from './wave-order.ts';

/** Options of {@link trend}: those of `estimateShares`, plus harmonisation and the wave order. */
export interface TrendOptions extends EstimateOptions {
  /**
   * Destination code → the code it becomes in every wave, applied to the question before estimation,
   * e.g. `{ MO: 'HK' }` to count Macau as Hong Kong throughout. Codes not mapped are kept; a code
   * new in a later wave simply has share 0 in earlier ones (flag `new-in-wave`).
   */
  harmonise?: Record<string, string>;
  /** Order of the waves (each wave with respondents in scope, once); default natural order of labels. */
  waves?: string[];
}

/** Per-wave estimates and the changes between waves. */
export interface TrendResult {
  /** Estimate rows grouped by `wave` then the other `by` columns, waves in trend order. */
  rows: EstimateRow[];
  /** Changes between consecutive waves and between the first and last (see {@link TrendChange}). */
  changes: TrendChange[];
  /** Waves compared, in order (waves without respondents in scope are left out). */
  waves: string[];
  /** Grouping columns besides `wave`. */
  by: string[];
  question: string;
  measure: ShareMeasure;
  base: 'answered' | 'all';
  sumsToOne: boolean;
  /** The harmonisation applied: codes of the question mapped to another code. */
  harmonised: Record<string, string>;
  /** The underlying estimate (grouped by `['wave', ...by]`), for covariances and replicates. */
  estimate: EstimateResult;
  issues: Issue[];
}

/**
 * Destination shares per survey wave and their change between consecutive waves and between the
 * first and last wave, with a t interval and p-value (methods.md §7.1). Waves are independent samples:
 * the design keys strata by (wave, stratum) and PSUs by (wave, stratum, PSU), as R's stacked design
 * with `strata=~paste(wave, prov)`, so Var(Δ) = V₁ + V₂ on df₁ + df₂. Other `by` columns give a change
 * table per combination; a filter keeps the full design.
 *
 * @param survey - a validated survey with a wave column
 * @param design - its design (`buildDesign`)
 * @param options - `estimateShares` options (`wave` in `by` is implied), `harmonise`, `waves`
 * @returns per-wave rows, the change table, the waves, measure and base
 * @throws MinatError `option-invalid` without a wave column, for a bad harmonisation map or wave order,
 *   or any invalid estimate option
 * @example
 * ```ts
 * const t = trend(survey, buildDesign(survey), { harmonise: { MO: 'HK' } });
 * t.changes.filter((c) => c.destination === 'JP' && c.span === 'first-last');
 * ```
 */
export function trend(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: TrendOptions = {},
): TrendResult {
  if (!survey.wave) {
    throw new MinatError(
      'option-invalid',
      'trend needs a wave column, and the schema declares none: set "wave" in the schema (or --wave COL)',
      { expected: 'a schema with a wave column' },
    );
  }
  const { harmonise, waves: order, ...estimateOptions } = options;
  const others = (options.by ?? []).filter((b) => b !== 'wave');
  for (const key of others) {
    if ((TREND_CHANGE_COLUMNS as readonly string[]).includes(key)) {
      throw new MinatError(
        'option-invalid',
        `invalid by ${JSON.stringify(key)}: it is the name of a trend column; rename the grouping column`,
        { value: key, expected: `a name other than ${TREND_CHANGE_COLUMNS.join(', ')}` },
      );
    }
  }
  let harmonised: Record<string, string> = {};
  const issues: Issue[] = [];
  let input = survey;
  const key = options.question ?? survey.destination.key;
  const q = key === survey.destination.key ? survey.destination : survey.questions[key];
  if (harmonise && q) {
    const h = harmoniseQuestion(q, harmonise);
    harmonised = h.applied;
    issues.push(...h.issues);
    input =
      q === survey.destination
        ? { ...survey, destination: h.question }
        : { ...survey, questions: { ...survey.questions, [key]: h.question } };
  }
  const estimate = estimateShares(input, design, { ...estimateOptions, by: ['wave', ...others] });
  const { table, groups, units } = estimate.shares;
  const inScope = new Set<string>();
  groups.labels.forEach((label, g) => {
    if (units.length > 0 && table.cell(g, 0).nUnweighted > 0) inScope.add(label['wave']!);
  });
  const waves = waveOrder([...inScope], order);
  if (waves.length < 2) {
    issues.push({
      level: 'warning',
      code: 'trend-one-wave',
      message: `trend: ${waves.length} wave${waves.length === 1 ? '' : 's'} with respondents in scope (${waves.join(', ') || 'none'}); there is no change to estimate`,
      count: waves.length,
    });
  }
  const rank = new Map(waves.map((w, i) => [w, i]));
  const rows = estimate.rows
    .filter((r) => rank.has(r['wave'] as string))
    .sort((a, b) => rank.get(a['wave'] as string)! - rank.get(b['wave'] as string)!);
  return {
    rows,
    changes: waveChanges(estimate, waves, others),
    waves,
    by: others,
    question: estimate.question,
    measure: estimate.measure,
    base: estimate.base,
    sumsToOne: estimate.sumsToOne,
    harmonised,
    estimate,
    issues: [...issues, ...estimate.issues],
  };
}
