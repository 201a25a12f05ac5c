/** Ranking view texts, in English. */
export const VIEWS_EN = {
  'ranking.summary':
    '{first} ranks first with {share} ({low}–{high}); it is first in {pFirst} of 1,000 bootstrap replicates. {second} is second with {share2}.',
  'ranking.summaryFast': '{first} ranks first with {share} ({low}–{high}); {second} is second with {share2}.',
  'ranking.summaryTie': '{first} and {second} are not significantly different ({share} and {share2}).',
} as const;

/** Every key of the ranking view. */
export type ViewsMessageKey = keyof typeof VIEWS_EN;

/** Ranking view texts, in Indonesian. */
export const VIEWS_ID: Record<ViewsMessageKey, string> = {
  'ranking.summary':
    '{first} berada di peringkat pertama dengan {share} ({low}–{high}); peringkat pertama dalam {pFirst} dari 1.000 replikasi bootstrap. {second} di peringkat kedua dengan {share2}.',
  'ranking.summaryFast':
    '{first} berada di peringkat pertama dengan {share} ({low}–{high}); {second} di peringkat kedua dengan {share2}.',
  'ranking.summaryTie': '{first} dan {second} tidak berbeda nyata ({share} dan {share2}).',
};
