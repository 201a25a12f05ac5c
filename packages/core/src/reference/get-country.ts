import { countries } from './countries.ts';
import type { Country } from './country.ts';

let byCode: Map<string, Country> | undefined;

/**
 * Looks a country up by ISO 3166-1 alpha-2 or alpha-3 code, ignoring case and surrounding spaces.
 * `ZZ`/`ZZZ` give the pseudo-country "another country". For names and free text use
 * `createDestinationMatcher`.
 *
 * @param code - Alpha-2 (`"GB"`) or alpha-3 (`"GBR"`) code.
 * @returns The country, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getCountry('gb')?.name.id; // 'Inggris'
 * ```
 */
export function getCountry(code: string): Country | undefined {
  if (!byCode) {
    byCode = new Map();
    for (const c of countries) {
      byCode.set(c.iso2, c);
      byCode.set(c.iso3, c);
    }
  }
  return byCode.get(code.trim().toUpperCase());
}
