import type { Lang } from '../../messages/messages.ts';
import { normalizeSuppression } from './normalize-suppression.ts';
import { reliabilityMessage } from './reliability-message.ts';
import type { SuppressionOptions, SuppressionReason } from './suppression-types.ts';

const ORDER: readonly (SuppressionReason | 'component')[] = [
  'denominator',
  'numerator',
  'complement',
  'component',
];

/**
 * A footer sentence saying how many cells are suppressed and why, naming only the reasons present, e.g.
 * "3 cells suppressed (left blank, not zero): fewer than 30 respondents in the base, or 1–4 respondents
 * chose the destination." Pass the options given to {@link suppressSmallCells} so the thresholds match.
 * @param rows - Rows after {@link suppressSmallCells}.
 * @param lang - `en` (default) or `id`.
 * @param options - The suppression thresholds (defaults 5 and 30).
 * @returns The sentence, or null when no cell is suppressed.
 * @example suppressionNote(suppressSmallCells(rows), 'id')
 * // '2 sel disembunyikan (dikosongkan, bukan nol): dasar kurang dari 30 responden.'
 */
export function suppressionNote(
  rows: readonly { flags: readonly string[] }[],
  lang: Lang = 'en',
  options: SuppressionOptions = {},
): string | null {
  const opts = normalizeSuppression(options);
  let count = 0;
  const present = new Set<string>();
  for (const row of rows) {
    const reasons = row.flags.filter((f) => f.startsWith('suppressed:'));
    if (reasons.length > 0) count++;
    for (const f of reasons) present.add(f.slice('suppressed:'.length));
  }
  if (count === 0) return null;
  const low = opts.zeros === 'suppress' ? 0 : 1;
  const high = opts.numerator - 1;
  const range = low === high ? `${low}` : `${low}–${high}`;
  const params = { numerator: opts.numerator, denominator: opts.denominator, range };
  const texts = ORDER.filter((r) => present.has(r)).map((r) =>
    reliabilityMessage(`suppressed-${r}`, params, lang),
  );
  const reasons = texts.join(lang === 'id' ? ', atau ' : ', or ');
  return reliabilityMessage('suppression-note', { count, reasons }, lang);
}
