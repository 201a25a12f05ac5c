import { MinatError } from '../../errors/minat-error.ts';
import type { NormalizedEstimateOptions } from '../../estimate/estimate-options.ts';
import type { DestinationAnswers, ValidatedSurvey } from '../../validate/validated-survey.ts';

/** What {@link readinessScope} settles before estimation. */
export interface ReadinessScope {
  /** The survey, with `intention` usable as a grouping or filter key. */
  scoped: ValidatedSurvey;
  /** The destination question whose first choice defines the domains. */
  q: DestinationAnswers;
  /** Destination levels present among domain rows, by weighted count (descending), then code. */
  destinationOrder(domain: Int32Array): number[];
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
  const scoped =
    survey.intention && !survey.dimensions['intention']
      ? { ...survey, dimensions: { ...survey.dimensions, intention: survey.intention } }
      : survey;
  const L = q.levels.length;
  return {
    scoped,
    q,
    destinationOrder(domain) {
      const weight = new Float64Array(L);
      const count = new Int32Array(L);
      for (let i = 0; i < domain.length; i++) {
        const d = domain[i]!;
        if (d < 0) continue;
        weight[d % L]! += survey.weight[i]!;
        count[d % L]!++;
      }
      return Array.from({ length: L }, (_, c) => c)
        .filter((c) => count[c]! > 0)
        .sort((a, b) => weight[b]! - weight[a]! || q.levels[a]!.localeCompare(q.levels[b]!));
    },
  };
}
