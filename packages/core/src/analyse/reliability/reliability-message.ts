import type { Lang } from '../../messages/messages.ts';
import { reliabilityMessages } from './reliability-messages.ts';

/**
 * The reliability or suppression text for `code` in `lang`, filled with `params`; see
 * {@link reliabilityMessages} for the codes and their params.
 * @param code - E.g. `reliability-n-eff`, `flag-review`, `suppression-note`.
 * @param params - Values the text names: a standard's thresholds, counts.
 * @param lang - `en` (default) or `id`.
 * @returns The text; an unknown code is returned as it is.
 * @example reliabilityMessage('reliability-n-eff', { minNEff: 30 }, 'id') // 'ukuran sampel efektif di bawah 30'
 */
export function reliabilityMessage(code: string, params: object = {}, lang: Lang = 'en'): string {
  const t = reliabilityMessages[code];
  return t ? t[lang](params as Record<string, string | number | boolean | undefined>) : code;
}
