import { harmoniseQuestion } from '../analyse/trend/harmonise-question.ts';
import type { SurveyDesign } from '../design/survey-design.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import type { EstimateOptions } from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import { estimateShares, estimateSharesOfUnits } from './estimate-shares.ts';
import { measuresByKind } from './share-measure.ts';

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
  const q = survey.destination;
  const outside = q.levels.filter((c) => !keep.has(c));
  if (outside.length < 2) return undefined;
  if (mergesByUnits(survey, options)) {
    // The same numbers as recoding the answers (below), from one pass with the outside codes mapped
    // to one unit: for these measures a unit counts once per respondent either way.
    const units: string[] = [];
    const unitOf = Int32Array.from(q.levels, (code) => {
      const to = keep.has(code) ? code : 'other';
      let u = units.indexOf(to);
      if (u < 0) u = units.push(to) - 1;
      return u;
    });
    return estimateSharesOfUnits(survey, design, options, { units, unitOf }).rows.find(
      (r) => r.destination === 'other',
    );
  }
  const { question } = harmoniseQuestion(
    survey.destination,
    Object.fromEntries(outside.map((c) => [c, 'other'])),
  );
  return estimateShares({ ...survey, destination: question }, design, options).rows.find(
    (r) => r.destination === 'other',
  );
}

/**
 * Whether merging the outside destinations as one unit gives what recoding them gives: countries as
 * units, the main question, and a measure that counts a unit once per respondent (first, any,
 * respondents); Borda points and mentions of two merged codes would add up where the recode keeps one.
 */
function mergesByUnits(survey: ValidatedSurvey, options: EstimateOptions): boolean {
  const q = survey.destination;
  if ((options.destinations ?? 'country') !== 'country') return false;
  if (options.question !== undefined && options.question !== q.key) return false;
  if (q.levels.includes('other')) return false;
  const measure = options.measure ?? measuresByKind[q.kind][0]!;
  return (
    ['first', 'any', 'respondents'].includes(measure) &&
    (measuresByKind[q.kind] as string[]).includes(measure)
  );
}
