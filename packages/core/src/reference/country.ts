/** A UN M49 area (region or sub-region): its three-digit code and English name. */
export interface UnArea {
  /** M49 code as a string with leading zeros, e.g. `"030"`. */
  code: string;
  /** English M49 name, e.g. `"Eastern Asia"`. */
  name: string;
}

/**
 * Region as Indonesian placement statistics group destinations (`policy_region` in destinations.csv).
 * Türkiye and Jordan are in `Middle East`, as BP2MI/KP2MI reports group them.
 */
export type PolicyRegion =
  | 'East Asia'
  | 'Southeast Asia'
  | 'South Asia'
  | 'Middle East'
  | 'Europe'
  | 'Oceania'
  | 'Americas'
  | 'Africa';

/**
 * A country of ISO 3166-1 (from i18n-iso-countries), enriched from `data/reference/destinations.csv` for the
 * destinations listed there, or the pseudo-country `ZZ` ("another country").
 *
 * Fields from destinations.csv (`region`, `subregion`, `policyRegion`, `g2g`, `schemes`, `sectors`,
 * `languageReadiness`, `notes`) are present only for countries listed there (`isDestination`): no UN M49
 * region table ships with the project, so other countries have no `region`/`subregion`.
 */
export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case (`"JP"`); `"ZZ"` for another country. */
  iso2: string;
  /** ISO 3166-1 alpha-3 code (`"JPN"`); `"ZZZ"` for `ZZ`. */
  iso3: string;
  /** ISO 3166-1 numeric = UN M49 code, three digits with leading zeros (`"096"`); `"999"` for `ZZ`. */
  numeric: string;
  /**
   * Display names. `id` is the everyday Indonesian name: `name_id` of destinations.csv where listed
   * (`GB` = "Inggris", `FR` = "Prancis"), a few documented overrides (`CN` = "Tiongkok"), else i18n-iso-countries.
   * `en` is `name_en` of destinations.csv where listed, else the first English name of i18n-iso-countries.
   */
  name: { en: string; id: string };
  /** Every English name i18n-iso-countries knows, official first (e.g. `["United Kingdom", "UK", "Great Britain"]`). */
  namesEn: string[];
  /** Indonesian names of i18n-iso-countries (e.g. `["Britania Raya"]`). */
  namesId: string[];
  /** Extra spellings and abbreviations used by respondents (`aliases_id`), e.g. `["Korsel", "Korea", …]`. */
  aliases: string[];
  /** True for the rows of destinations.csv. */
  isDestination: boolean;
  /** True only for the pseudo-country `ZZ` (user-assigned code, not a real country). */
  pseudo?: true;
  /** UN M49 region, e.g. `{ code: "142", name: "Asia" }`. */
  region?: UnArea;
  /** UN M49 sub-region, e.g. `{ code: "030", name: "Eastern Asia" }`. */
  subregion?: UnArea;
  /** Region as Indonesian placement statistics group destinations. */
  policyRegion?: PolicyRegion;
  /** Whether a government-to-government (G-to-G) placement scheme exists. */
  g2g?: boolean;
  /** Placement schemes, in prose (`special_schemes`). */
  schemes?: string;
  /** Typical sectors of Indonesian workers there (`typical_sectors`, split on `;`). */
  sectors?: string[];
  /** Language tests and levels relevant there (`language_readiness`), in prose. */
  languageReadiness?: string;
  /** Source notes. */
  notes?: string;
}
