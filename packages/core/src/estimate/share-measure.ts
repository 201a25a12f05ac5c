import { MinatError } from '../errors/minat-error.ts';

/**
 * What a share measures (methods.md §8):
 * - `first`: share choosing k first (single-choice questions: the answer);
 * - `any`: share naming k in any rank (ranked top-k reach);
 * - `borda`: share of all Borda points going to k (k points for a first choice … 1 for the k-th);
 * - `respondents`: share of respondents mentioning k (multi-select; shares sum past 100%);
 * - `mentions`: share of all mentions going to k (multi-select; a ratio estimator; sums to 100%).
 */
export type ShareMeasure = 'first' | 'any' | 'borda' | 'respondents' | 'mentions';

/** The measures, with their labels and whether their shares add up to 100% across destinations. */
export const shareMeasures: Record<ShareMeasure, { en: string; id: string; sumsToOne: boolean }> = {
  first: { en: 'first choice', id: 'pilihan pertama', sumsToOne: true },
  any: { en: 'named in any rank', id: 'disebut di peringkat mana pun', sumsToOne: false },
  borda: { en: 'share of Borda points', id: 'pangsa poin Borda', sumsToOne: true },
  respondents: {
    en: 'share of respondents mentioning',
    id: 'pangsa responden yang menyebut',
    sumsToOne: false,
  },
  mentions: { en: 'share of mentions', id: 'pangsa sebutan', sumsToOne: true },
};

/** Measures allowed for each question kind, the first being the default. */
export const measuresByKind: Record<'single' | 'ranked' | 'multi', ShareMeasure[]> = {
  single: ['first'],
  ranked: ['first', 'any', 'borda', 'respondents', 'mentions'],
  multi: ['respondents', 'mentions'],
};

/**
 * Checks a measure against the question kind (default: the kind's first measure).
 * @throws MinatError `option-invalid` naming the value and the measures the kind allows
 */
export function normalizeShareMeasure(
  value: string | undefined,
  kind: 'single' | 'ranked' | 'multi',
): ShareMeasure {
  const allowed = measuresByKind[kind];
  if (value === undefined) return allowed[0]!;
  if ((allowed as string[]).includes(value)) return value as ShareMeasure;
  throw new MinatError(
    'option-invalid',
    `invalid measure ${JSON.stringify(value)} for a ${kind} question: expected one of ${allowed.join(', ')}`,
    {
      value,
      expected: allowed.join(', '),
    },
  );
}
