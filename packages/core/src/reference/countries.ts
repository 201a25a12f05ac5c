import type { Country } from './country.ts';
import data from './generated/countries.json' with { type: 'json' };
import { OTHER_COUNTRY } from './other-country.ts';

/**
 * Every ISO 3166-1 country (250, from i18n-iso-countries), sorted by alpha-2 code, followed by the
 * pseudo-country `ZZ` ("another country"). The 34 destinations of `data/reference/destinations.csv` carry
 * everyday Indonesian names, aliases, UN M49 region/sub-region, policy region, schemes and language tests;
 * other countries have no region (no M49 table ships with the project).
 *
 * @example
 * ```ts
 * countries.filter((c) => c.isDestination).length; // 34
 * ```
 */
export const countries: readonly Country[] = [...(data as Country[]), OTHER_COUNTRY];
