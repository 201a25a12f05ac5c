import type { LocalizedText } from '@minat/core';

/**
 * Text a caller gives a chart: one string (used in both languages) or one per language
 * (`{ en, id }`, as survey schemas write labels).
 * @example const t: Text = { en: 'Which country?', id: 'Negara mana?' };
 */
export type Text = string | LocalizedText;
