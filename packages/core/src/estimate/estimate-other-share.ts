import { harmoniseQuestion } from '../analyse/trend/harmonise-question.ts';
import type { SurveyDesign } from '../design/survey-design.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import type { EstimateOptions } from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import { estimateShares } from './estimate-shares.ts';

/**
 * The share choosing a destination outside `shown` (e.g. outside the top 10 of a chart), estimated as
 * its own share with its own SE and interval — never the sum of the others. The row's destination is
 * `other`. Undefined when fewer than two destinations are outside (then there is nothing to merge).
 *
 * @example estimateOtherShare(survey, design, ['JP', 'DE', 'KR'], { filter: { wave: ['2026'] } })
 */
export function estimateOtherShare(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  shown: readonly string[],
  options: EstimateOptions = {},
): EstimateRow | undefined {
  const keep = new Set(shown);
  const outside = survey.destination.levels.filter((c) => !keep.has(c));
  if (outside.length < 2) return undefined;
  const { question } = harmoniseQuestion(
    survey.destination,
    Object.fromEntries(outside.map((c) => [c, 'other'])),
  );
  return estimateShares({ ...survey, destination: question }, design, options).rows.find(
    (r) => r.destination === 'other',
  );
}
