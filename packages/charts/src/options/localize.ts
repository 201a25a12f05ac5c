import type { Lang } from '@minat/core';
import type { Text } from './text.ts';

/**
 * The text in `lang`: a plain string as it is, a `{ en, id }` pair by language.
 * @param text - a string or `{ en, id }`
 * @param lang - `en` or `id`
 * @example localize({ en: 'Female', id: 'Perempuan' }, 'id') // 'Perempuan'
 */
export function localize(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
