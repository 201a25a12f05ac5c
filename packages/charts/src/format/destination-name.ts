import { getCountry, type Lang } from '@minat/core';

/**
 * The display name of a destination in `lang`: the caller's label when given, else the country name of
 * the reference data (`JP` → Japan / Jepang, `ZZ` → Other country / Negara lain), else the code or
 * region name as it is.
 *
 * @param code - ISO 3166-1 alpha-2 code, `ZZ`, or a region name
 * @param lang - `en` or `id`
 * @param labels - code → label overrides (already in `lang`)
 * @example destinationName('KR', 'id') // 'Korea Selatan'
 */
export function destinationName(code: string, lang: Lang, labels: Record<string, string> = {}): string {
  return labels[code] ?? getCountry(code)?.name[lang] ?? code;
}
