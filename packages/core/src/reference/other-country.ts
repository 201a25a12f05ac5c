import type { Country } from './country.ts';

/**
 * The pseudo-country `ZZ`: "another country", for answers such as "Lainnya" or "Other". `ZZ`, `ZZZ` and
 * `999` are in ranges ISO 3166-1 reserves for user-assigned codes, so they never clash with a real country.
 *
 * @example
 * ```ts
 * OTHER_COUNTRY.name.id; // 'Negara lain'
 * ```
 */
export const OTHER_COUNTRY: Readonly<Country> = Object.freeze({
  iso2: 'ZZ',
  iso3: 'ZZZ',
  numeric: '999',
  name: { en: 'Other country', id: 'Negara lain' },
  namesEn: ['Other country'],
  namesId: ['Negara lain'],
  aliases: [],
  isDestination: false,
  pseudo: true,
});
