import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import { MinatError } from '../../errors/minat-error.ts';
import type { Country, PolicyRegion } from '../country.ts';
import { cellError } from './cell-error.ts';
import { checkCell } from './check-cell.ts';
import { parseReferenceCsv } from './parse-reference-csv.ts';

const FILE = 'destinations.csv';
const COLUMNS = [
  'iso2',
  'iso3',
  'm49_numeric',
  'name_en',
  'name_id',
  'name_id_i18n',
  'aliases_id',
  'un_region',
  'un_region_code',
  'un_subregion',
  'un_subregion_code',
  'policy_region',
  'g2g_scheme',
  'special_schemes',
  'typical_sectors',
  'language_readiness',
  'notes',
] as const;
const POLICY_REGIONS: readonly PolicyRegion[] = [
  'East Asia',
  'Southeast Asia',
  'South Asia',
  'Middle East',
  'Europe',
  'Oceania',
  'Americas',
  'Africa',
];

/**
 * For countries NOT in destinations.csv: everyday Indonesian names where i18n-iso-countries' `id` locale is
 * untranslated or not the standard form (SOURCES.md §2.1 and §8.6), and a few common spellings [K].
 * Each name also becomes an alias. Rows of destinations.csv never need this: their columns win.
 */
const NAME_ID_OVERRIDES: Record<string, { name?: string; aliases: string[] }> = {
  CN: { name: 'Tiongkok', aliases: ['Cina', 'RRT', 'RRC'] },
  SE: { name: 'Swedia', aliases: [] },
  LT: { name: 'Lituania', aliases: [] },
  KP: { aliases: ['Korut'] },
};

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];
const split = (cell: string, sep: string): string[] =>
  cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Builds every ISO 3166-1 country from i18n-iso-countries (codes, English and Indonesian names) and enriches
 * the rows of destinations.csv. Checks that the CSV's codes agree with i18n-iso-countries.
 *
 * @param text - Text of `destinations.csv`.
 * @returns All countries sorted by alpha-2 code (without the pseudo-country `ZZ`).
 * @throws MinatError `csv-invalid` for a malformed or unknown code, a duplicate row, or a code disagreeing with ISO.
 * @example
 * ```ts
 * convertCountries(readFileSync('data/reference/destinations.csv', 'utf8')).length; // 250
 * ```
 */
export function convertCountries(text: string): Country[] {
  const enNames = en.countries as Record<string, string | string[]>;
  const idNames = id.countries as Record<string, string | string[]>;
  const countries = new Map<string, Country>();
  for (const [iso2, iso3, numeric] of isoCodes as string[][]) {
    if (!iso2 || !iso3 || !numeric) continue;
    const namesEn = list(enNames[iso2]);
    const namesId = list(idNames[iso2]);
    const override = NAME_ID_OVERRIDES[iso2];
    countries.set(iso2, {
      iso2,
      iso3,
      numeric,
      name: { en: namesEn[0] ?? iso2, id: override?.name ?? namesId[0] ?? namesEn[0] ?? iso2 },
      namesEn,
      namesId,
      aliases: override ? [...(override.name ? [override.name] : []), ...override.aliases] : [],
      isDestination: false,
    });
  }

  for (const row of parseReferenceCsv(FILE, text, COLUMNS)) {
    const iso2 = checkCell(FILE, row, 'iso2', [...countries.keys()], 'an ISO 3166-1 alpha-2 code');
    const base = countries.get(iso2)!;
    if (base.isDestination) throw cellError(FILE, row, 'iso2', 'is listed twice', 'each country on one row');
    checkCell(FILE, row, 'iso3', [base.iso3], `${base.iso3}, the alpha-3 code of ${iso2}`);
    checkCell(FILE, row, 'm49_numeric', [base.numeric], `${base.numeric}, the numeric code of ${iso2}`);
    const region = checkCell(FILE, row, 'un_region_code', /^\d{3}$/, 'a three-digit M49 code');
    const subregion = checkCell(FILE, row, 'un_subregion_code', /^\d{3}$/, 'a three-digit M49 code');
    const policy = checkCell(
      FILE,
      row,
      'policy_region',
      POLICY_REGIONS,
      `one of ${POLICY_REGIONS.join(', ')}`,
    );
    const g2g = checkCell(FILE, row, 'g2g_scheme', ['yes', 'no'], 'yes or no');
    const nameIdI18n = row.cell('name_id_i18n');
    const country: Country = {
      ...base,
      name: { en: row.cell('name_en') || base.name.en, id: row.cell('name_id') || base.name.id },
      namesId:
        base.namesId.includes(nameIdI18n) || !nameIdI18n ? base.namesId : [...base.namesId, nameIdI18n],
      aliases: split(row.cell('aliases_id'), '|'),
      isDestination: true,
      region: { code: region, name: row.cell('un_region') },
      subregion: { code: subregion, name: row.cell('un_subregion') },
      policyRegion: policy as PolicyRegion,
      g2g: g2g === 'yes',
    };
    const optional = {
      schemes: row.cell('special_schemes'),
      sectors: split(row.cell('typical_sectors'), ';'),
      languageReadiness: row.cell('language_readiness'),
      notes: row.cell('notes'),
    };
    if (optional.schemes) country.schemes = optional.schemes;
    if (optional.sectors.length > 0) country.sectors = optional.sectors;
    if (optional.languageReadiness) country.languageReadiness = optional.languageReadiness;
    if (optional.notes) country.notes = optional.notes;
    countries.set(iso2, country);
  }
  if (countries.size < 249) {
    throw new MinatError('csv-invalid', `i18n-iso-countries lists only ${countries.size} countries.`, {
      expected: 'at least 249 ISO 3166-1 countries',
    });
  }
  return [...countries.values()].sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));
}
