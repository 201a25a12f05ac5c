import { getCountry, type Lang } from '@minat/core';

const OTHER = { en: 'other destinations', id: 'tujuan lain' };

/**
 * The name of a destination code in the report's language: the country name for ISO codes,
 * "other destinations" for the pooled `other` row, else the code itself.
 *
 * @param code - ISO 3166-1 alpha-2 code or `other`
 * @param lang - `en` or `id`
 * @returns the display name
 * @example destinationLabel('JP', 'id') // 'Jepang'
 */
export function destinationLabel(code: string, lang: Lang): string {
  if (code === 'other') return OTHER[lang];
  return getCountry(code)?.name[lang] ?? code;
}
