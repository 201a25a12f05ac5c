import { MinatError } from '../../errors/minat-error.ts';
import type { NormalizedEstimateOptions } from '../../estimate/estimate-options.ts';
import type { DestinationAnswers, ValidatedSurvey } from '../../validate/validated-survey.ts';

/** What {@link readinessScope} settles before estimation. */
export interface ReadinessScope {
  /** The survey, with `intention` usable as a grouping or filter key. */
  scoped: ValidatedSurvey;
  /** The destination question whose first choice defines the domains. */
  q: DestinationAnswers;
  /**
   * Destination levels present among domain rows (row `rows[j]` in domain `domain[j]`, ascending), by
   * weighted count (descending), then code.
   */
  destinationOrder(rows: Int32Array, domain: Int32Array): number[];
}

const scopedSurveys = new WeakMap<ValidatedSurvey, ValidatedSurvey>();

/**
 * The survey with `intention` as a dimension, one object per survey (so the rows of a filter and the
 * groups of a grouping, remembered per survey object, are found once across calls).
 */
function withIntention(survey: ValidatedSurvey): ValidatedSurvey {
  if (!survey.intention || survey.dimensions['intention']) return survey;
  let scoped = scopedSurveys.get(survey);
  if (!scoped) {
    scoped = { ...survey, dimensions: { ...survey.dimensions, intention: survey.intention } };
    scopedSurveys.set(survey, scoped);
  }
  return scoped;
}

const invalid = (name: string, value: string, expected: string, why = '') =>
  new MinatError(
    'option-invalid',
    `invalid ${name} ${JSON.stringify(value)} for readiness${why}: expected ${expected}`,
    { value, expected },
  );

/**
 * Checks the options of `readiness` that it does not share with `estimateShares` and picks the
 * question: its first choice (single or ranked) defines who "prefers" a destination. Readiness shares
 * are proportions of those who answered an item among a destination's supporters, so `measure` must be
 * `first`, `base` `answered` and `destinations` `country` (requirements are per country).
 *
 * @param survey - The validated survey.
 * @param opts - Normalised estimate options.
 * @returns The scoped survey, the question and a function ordering destination levels.
 * @throws MinatError `schema-invalid` without intention and readiness fields; `option-invalid` otherwise
 * @example readinessScope(survey, normalizeEstimateOptions({ by: ['intention'] })).q.key
 */
export function readinessScope(survey: ValidatedSurvey, opts: NormalizedEstimateOptions): ReadinessScope {
  if (!survey.intention && !survey.readiness) {
    throw new MinatError(
      'schema-invalid',
      `readiness needs intention or readiness fields in the schema of ${survey.source.name}: add "intention" and/or "readiness" (see docs/data-schema.md)`,
      { file: survey.source.name, expected: 'intention and/or readiness fields' },
    );
  }
  if (opts.measure !== undefined && opts.measure !== 'first') throw invalid('measure', opts.measure, 'first');
  if (opts.base !== undefined && opts.base !== 'answered') throw invalid('base', opts.base, 'answered');
  if (opts.destinations !== 'country')
    throw invalid('destinations', opts.destinations, 'country', ' (language requirements are per country)');
  for (const key of opts.by)
    if (['indicator', 'requirement'].includes(key))
      throw invalid('by', key, 'a name other than indicator, requirement');
  const key = opts.question;
  const q = key === undefined || key === survey.destination.key ? survey.destination : survey.questions[key];
  if (!q) {
    const keys = [survey.destination.key, ...Object.keys(survey.questions)].join(', ');
    throw invalid('question', key ?? '', `one of ${keys}`);
  }
  if (q.kind === 'multi')
    throw invalid('question', q.key, 'a single or ranked question', ' (multi-select has no first choice)');
  const scoped = withIntention(survey);
  const L = q.levels.length;
  return {
    scoped,
    q,
    destinationOrder(rows, domain) {
      const weight = new Float64Array(L);
      const count = new Int32Array(L);
      for (let j = 0; j < rows.length; j++) {
        const d = domain[j]!;
        weight[d % L]! += survey.weight[rows[j]!]!;
        count[d % L]!++;
      }
      return Array.from({ length: L }, (_, c) => c)
        .filter((c) => count[c]! > 0)
        .sort((a, b) => weight[b]! - weight[a]! || q.levels[a]!.localeCompare(q.levels[b]!));
    },
  };
}
