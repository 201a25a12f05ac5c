import type { SurveyDesign } from '../../design/survey-design.ts';
import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import { differenceOfProportions } from '../../estimate/compare/difference-of-proportions.ts';
import type { AssociationStatistic, AssociationTest } from '../../estimate/compare/rao-scott-test.ts';
import type { EstimateOptions } from '../../estimate/estimate-options.ts';
import { type EstimateResult, estimateShares } from '../../estimate/estimate-shares.ts';
import { groupingColumn } from '../../estimate/group-index.ts';
import type { ShareMeasure } from '../../estimate/share-measure.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { firstChoiceAssociation } from './first-choice-association.ts';
import type { GroupDifference } from './group-difference.ts';

/** Options of {@link compareGroups}: those of `estimateShares` with one grouping dimension. */
export interface CompareOptions extends Omit<EstimateOptions, 'by'> {
  /** The dimension whose levels are compared (a dimension key, `wave` or `province`). */
  by: string;
  /** The level every other level is compared with (default: the first level with respondents in scope). */
  reference?: string;
  /** Statistic of the association test (default `F`, Rao–Scott second order). */
  statistic?: AssociationStatistic;
}

/** The association test of a comparison, with what it tested. */
export interface CompareAssociation extends AssociationTest {
  /** The destination variable tested: the first choice, among respondents who gave one. */
  measure: 'first';
  base: 'answered';
}

/** Differences of every level against the reference, and the test of association. */
export interface CompareResult {
  rows: GroupDifference[];
  by: string;
  reference: string;
  /** Levels with respondents in scope, in the dimension's order (the reference among them). */
  levels: string[];
  question: string;
  measure: ShareMeasure;
  base: 'answered' | 'all';
  sumsToOne: boolean;
  /** Rao–Scott test of `by` × first-choice destination; null for a multi-select question. */
  association: CompareAssociation | null;
  /** The underlying estimate grouped by `[by]`. */
  estimate: EstimateResult;
  issues: Issue[];
}

/**
 * Compares the destination shares of each level of one dimension with those of a reference level
 * (methods.md §7): the difference for every destination with a t interval and p-value, its variance
 * V_g + V_ref − 2·C with the covariance of the two domains of one sample (df = min), or, for `wave`,
 * of independent samples (C = 0, df = sum). Also tests the association of the dimension with the
 * first-choice destination (Rao–Scott F by default, `raoScottTest`), rows outside a filter leaving
 * the domain with the design kept.
 *
 * @param survey - a validated survey
 * @param design - its design (`buildDesign`)
 * @param options - `estimateShares` options with `by` one key, `reference` (default the first level
 *   in scope), `statistic` (default `F`)
 * @throws MinatError `option-invalid` for an unknown dimension or reference level (naming the allowed
 *   levels), or any invalid estimate option
 * @example compareGroups(survey, buildDesign(survey), { by: 'sex', reference: 'M' }).rows[0].difference
 */
export function compareGroups(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: CompareOptions,
): CompareResult {
  const { by, reference: wanted, statistic = 'F', ...estimateOptions } = options;
  if (typeof by !== 'string' || by === '') {
    throw new MinatError('option-invalid', `invalid by ${JSON.stringify(by)}: expected one dimension key`, {
      value: String(by),
      expected: 'one dimension key, e.g. sex',
    });
  }
  const column = groupingColumn(survey, by);
  const estimate = estimateShares(survey, design, { ...estimateOptions, by: [by] });
  const { table, units, order, groups } = estimate.shares;
  const groupOf = new Map<string, number>();
  groups.labels.forEach((label, g) => {
    if (units.length > 0 && table.cell(g, 0).nUnweighted > 0) groupOf.set(label[by]!, g);
  });
  const levels = column.levels.filter((level) => groupOf.has(level));
  const reference = wanted ?? levels[0];
  if (reference === undefined || !groupOf.has(reference)) {
    throw new MinatError(
      'option-invalid',
      `invalid reference ${JSON.stringify(reference ?? '')} for ${by}: expected one of ${levels.join(', ') || '(no level with respondents in scope)'}`,
      { value: reference ?? '', expected: levels.join(', ') },
    );
  }
  const r = groupOf.get(reference)!;
  const independent = by === 'wave';
  const rows: GroupDifference[] = [];
  for (const level of levels) {
    if (level === reference) continue;
    const g = groupOf.get(level)!;
    for (const k of order) {
      const a = table.cell(g, k);
      const b = table.cell(r, k);
      const d = differenceOfProportions(a, b, {
        ...(independent
          ? { sample: 'independent' }
          : { sample: 'same', covariance: table.covariance(g, k, r, k) }),
        level: estimate.options.level,
        df: estimate.options.df,
      });
      rows.push({
        group: level,
        reference,
        destination: units[k]!,
        measure: estimate.measure,
        base: estimate.base,
        group_estimate: a.estimate,
        reference_estimate: b.estimate,
        difference: d.estimate,
        se: d.se,
        ci_low: d.ci_low,
        ci_high: d.ci_high,
        df: d.df,
        p_value: d.p_value,
        flags: d.flags,
      });
    }
  }
  const issues: Issue[] = [...estimate.issues];
  const q =
    estimate.question === survey.destination.key ? survey.destination : survey.questions[estimate.question]!;
  let association: CompareAssociation | null = null;
  if (q.kind === 'multi') {
    issues.push({
      level: 'info',
      code: 'association-multi',
      message: `no test of association: ${q.key} is a multi-select question, whose answers are not one category per respondent`,
    });
  } else {
    association = {
      ...firstChoiceAssociation(survey, design, column, q, estimate.options, statistic),
      measure: 'first',
      base: 'answered',
    };
  }
  return {
    rows,
    by,
    reference,
    levels,
    question: estimate.question,
    measure: estimate.measure,
    base: estimate.base,
    sumsToOne: estimate.sumsToOne,
    association,
    estimate,
    issues,
  };
}
