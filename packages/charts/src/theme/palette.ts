/**
 * The colours of every chart, in one place. `categorical` is the Okabe–Ito palette (Okabe & Ito 2008,
 * "Color Universal Design"), eight colours told apart under the common colour-vision deficiencies,
 * ordered so the first have the most contrast on white (yellow, the weakest, comes last but one).
 * `sequential` (single-hue blues) colours shares on maps and heatmaps; it stays readable under
 * colour-vision deficiencies and in greyscale print. The named colours are Okabe–Ito blue and orange for
 * the main and second series and neutral greys for context marks, text and suppressed cells.
 * @example PALETTE.accent // '#0072B2'
 */
export const PALETTE = {
  categorical: ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'],
  accent: '#0072B2',
  second: '#E69F00',
  third: '#009E73',
  fourth: '#D55E00',
  context: '#9E9E9E',
  interval: '#333333',
  text: '#222222',
  muted: '#5F5F5F',
  suppressed: '#E3E3E3',
  land: '#EDEDED',
  border: '#FFFFFF',
  sequential: 'blues',
  diverging: 'blueorange',
} as const;
