import type { NameCandidate } from './closest-names.ts';
import { countries } from './countries.ts';
import { foldText } from './fold-text.ts';

/**
 * Values deliberately NOT matched, with the countries to suggest instead. ISO alpha-2 codes respondents use
 * for something else: `AS` is the usual Indonesian abbreviation of Amerika Serikat (US), not American Samoa;
 * `NO` is English "no"; `NA` is "not available". `Arab` may mean any Arab country (SOURCES.md, "Later additions").
 */
const UNMATCHED: Record<string, string[]> = { AS: ['US', 'AS'], NO: ['NO'], NA: ['NA'], Arab: ['SA', 'AE'] };

/** The folded names and codes of all countries, built once. */
export interface CountryNameIndex {
  /** Folded name or code → ISO alpha-2 code, for unambiguous keys. */
  byKey: ReadonlyMap<string, string>;
  /** Folded keys that are NOT matched, with the countries they could mean (e.g. `congo` → CG, CD). */
  ambiguous: ReadonlyMap<string, readonly string[]>;
  /** Names (not codes) to suggest for unknown values, labelled like `"Jepang (JP)"`. */
  candidates: readonly NameCandidate[];
}

let index: CountryNameIndex | undefined;

/**
 * Display label of a country in suggestions: everyday Indonesian name and alpha-2 code.
 *
 * @param iso2 - Alpha-2 code.
 * @param nameId - Indonesian name.
 * @returns E.g. `"Jepang (JP)"`.
 * @example
 * ```ts
 * countryLabel('JP', 'Jepang'); // 'Jepang (JP)'
 * ```
 */
export const countryLabel = (iso2: string, nameId: string): string => `${nameId} (${iso2})`;

/**
 * Builds (once, then returns the same object) the lookup of every country name and code, in three tiers;
 * a key claimed by a higher tier is never taken by a lower one:
 *
 * 1. Curated names: `name.en`, `name.id` and `aliases` (destinations.csv rows, documented overrides).
 * 2. ISO alpha-2 codes (except `AS`, `NO`, `NA`, see below) and alpha-3 codes.
 * 3. All English and Indonesian names of i18n-iso-countries.
 *
 * A key claimed by two countries within one tier is ambiguous: it is dropped and listed in `ambiguous`
 * (today only `"Congo"`, CG or CD). `AS`, `NO`, `NA` and `"Arab"` are listed there too, never matched:
 * `AS` is the Indonesian abbreviation of Amerika Serikat (US) rather than American Samoa, `NO` is English
 * "no", `NA` is "not available", and `"Arab"` may mean any Arab country. The pseudo-country `ZZ` is not in the index (see `OTHER_COUNTRY_VALUES`).
 *
 * @returns The shared index.
 * @example
 * ```ts
 * countryNameIndex().byKey.get('korsel'); // 'KR'
 * ```
 */
export function countryNameIndex(): CountryNameIndex {
  if (index) return index;
  const real = countries.filter((c) => !c.pseudo);
  const byKey = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  const addTier = (entries: Iterable<[string, string]>) => {
    const tier = new Map<string, Set<string>>();
    for (const [text, code] of entries) {
      const key = foldText(text);
      if (key === '' || byKey.has(key) || ambiguous.has(key)) continue;
      const codes = tier.get(key) ?? new Set<string>();
      tier.set(key, codes.add(code));
    }
    for (const [key, codes] of tier) {
      if (codes.size === 1) byKey.set(key, [...codes][0]!);
      else ambiguous.set(key, [...codes]);
    }
  };
  for (const [value, meant] of Object.entries(UNMATCHED)) ambiguous.set(foldText(value), meant);
  addTier(
    real.flatMap((c) => [c.name.en, c.name.id, ...c.aliases].map((n): [string, string] => [n, c.iso2])),
  );
  addTier(
    real.flatMap((c): [string, string][] => [
      [c.iso2, c.iso2],
      [c.iso3, c.iso2],
    ]),
  );
  addTier(real.flatMap((c) => [...c.namesEn, ...c.namesId].map((n): [string, string] => [n, c.iso2])));

  const candidates: NameCandidate[] = [];
  const destinationsFirst = [...real.filter((c) => c.isDestination), ...real.filter((c) => !c.isDestination)];
  for (const c of destinationsFirst) {
    const label = countryLabel(c.iso2, c.name.id);
    const names = new Set([c.name.id, c.name.en, ...c.aliases, ...c.namesId, ...c.namesEn].map(foldText));
    for (const folded of names) if (folded.length > 3) candidates.push({ folded, label });
  }
  index = { byKey, ambiguous, candidates };
  return index;
}
