/** View texts (headings, notes, controls inside views), in English. Views add their keys here. */
export const VIEWS_EN = {
  'ranking.heading': 'Ranking of destinations',
  'ranking.lead':
    'Share of respondents choosing each destination, with {level} intervals; bars in one bracket are not significantly different.',
} as const;

/** Every key of the views. */
export type ViewsMessageKey = keyof typeof VIEWS_EN;

/** View texts, in Indonesian. */
export const VIEWS_ID: Record<ViewsMessageKey, string> = {
  'ranking.heading': 'Peringkat negara tujuan',
  'ranking.lead':
    'Persentase responden yang memilih tiap tujuan, dengan interval {level}; batang dalam satu kurung tidak berbeda nyata.',
};
