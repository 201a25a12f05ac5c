import type { SuppressionOptions } from '@minat/core';
import type { Text } from './text.ts';

/**
 * What a chart's footer says about the result it shows. The builder adds what the rows themselves
 * tell (the unweighted base n, the suppression note); the rest comes from the caller, who knows the
 * survey. Every field is optional: a footer line without its facts is left out, never guessed.
 *
 * @example
 * ```ts
 * const context: ChartContext = {
 *   question: { en: 'Which country would you most like to work in?', id: 'Negara mana yang paling ingin Anda tuju untuk bekerja?' },
 *   base: { en: 'respondents who answered, wave 2026', id: 'responden yang menjawab, putaran 2026' },
 *   weighting: 'design weights', ci: 'logit', level: 0.95, reliability: 'nchs',
 *   source: 'Minat sample survey (synthetic)', dataVersion: 'sample 2026-02-12',
 * };
 * ```
 */
export interface ChartContext {
  /** The question as asked. */
  question?: Text;
  /** Who the shares are among, in words (the builder appends the unweighted n from the rows). */
  base?: Text;
  /** How the data are weighted, e.g. "design weights raked to province × sex". */
  weighting?: Text;
  /** Interval method: a key of `ciMethods` in `@minat/core` (e.g. `logit`); omitted: no interval line. */
  ci?: string;
  /** Confidence level of the intervals; default 0.95. */
  level?: number;
  /** Reliability standard the rows were flagged with: `nchs`, `bps` or `min-n`; omitted: no line. */
  reliability?: string;
  /** The suppression thresholds the rows were published with, so the note states them (defaults 5 and 30). */
  suppression?: SuppressionOptions;
  /** Where the data come from. */
  source?: Text;
  /** Version or date of the data. */
  dataVersion?: string;
}
