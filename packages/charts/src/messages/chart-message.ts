import type { Lang } from '@minat/core';
import { chartMessages, type MessageParams } from './chart-messages.ts';

/**
 * The chart text for `code` in `lang`, filled with `params`; see {@link chartMessages} for the codes.
 * @param code - e.g. `suppressed`, `ranking-title`, `footer-base`
 * @param params - values the text names (numbers already formatted for `lang`)
 * @param lang - `en` (default) or `id`
 * @returns the text; an unknown code is returned as it is
 * @example chartMessage('suppressed', {}, 'id') // 'disembunyikan'
 */
export function chartMessage(code: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  const t = chartMessages[code];
  return t ? t[lang](params) : code;
}
