import type { NameCandidate } from './closest-names.ts';
import { foldText } from './fold-text.ts';
import { provinces } from './provinces.ts';

/**
 * Other ways people write some provinces, beyond provinces.csv [K]: official long forms, old names, ISO names.
 * (Variants made by rule — "Kep. X" for "Kepulauan X", "Sumatra" for "Sumatera" — are added in code.)
 */
const VARIANTS: Record<string, readonly string[]> = {
  '11': ['Daerah Istimewa Aceh', 'Nanggroe Aceh'],
  '31': [
    'Daerah Khusus Ibukota Jakarta',
    'Daerah Khusus Ibu Kota Jakarta',
    'Daerah Khusus Jakarta',
    'Jakarta Raya',
    'DKI Jakarta Raya',
    'Special Capital Region of Jakarta',
  ],
  '34': ['Daerah Istimewa Yogyakarta', 'Jogjakarta', 'Yogya', 'DI Jogja', 'Yogyakarta Special Region'],
  '91': ['Irian Jaya Barat'],
  '94': ['Irian Jaya'],
};

/** The folded names and codes of the 38 provinces, built once. */
export interface ProvinceNameIndex {
  /** Folded name, alias or ISO code → BPS code. */
  byKey: ReadonlyMap<string, string>;
  /** Names to suggest for unknown values, labelled like `"Jawa Timur (35)"`. */
  candidates: readonly NameCandidate[];
}

let index: ProvinceNameIndex | undefined;

/**
 * Display label of a province in suggestions: Indonesian name and BPS code.
 *
 * @param bpsCode - Two-digit BPS code.
 * @param nameId - Indonesian name.
 * @returns E.g. `"Jawa Timur (35)"`.
 * @example
 * ```ts
 * provinceLabel('35', 'Jawa Timur'); // 'Jawa Timur (35)'
 * ```
 */
export const provinceLabel = (bpsCode: string, nameId: string): string => `${nameId} (${bpsCode})`;

function namesOf(p: (typeof provinces)[number]): string[] {
  const names = [p.iso3166_2, p.name.id, p.name.en, ...p.aliases, ...(VARIANTS[p.bpsCode] ?? [])];
  const byRule = names.flatMap((n) => [
    n.replace(/^Kepulauan\s+/i, 'Kep. '),
    n.replace(/Sumatera/i, 'Sumatra'),
    n.replace(/^Kepulauan\s+/i, 'Kep. ').replace(/Sumatera/i, 'Sumatra'),
  ]);
  return [...names, ...byRule];
}

/**
 * Builds (once, then returns the same object) the lookup of every province by ISO 3166-2 code (`"ID-JI"`),
 * Indonesian and English name, alias of provinces.csv (Jatim, NTB, DKI, DIY…), documented variants (Daerah
 * Khusus Jakarta, Daerah Istimewa Yogyakarta, Kep. Riau, Sumatra Utara…) and, last, the bare ISO suffix
 * (`"JI"`) where it is not already a name or alias of another province. Numeric codes are handled by
 * `createProvinceMatcher`, not here.
 *
 * @returns The shared index.
 * @throws Error if two provinces claim the same name (a data error caught by the tests).
 * @example
 * ```ts
 * provinceNameIndex().byKey.get('jatim'); // '35'
 * ```
 */
export function provinceNameIndex(): ProvinceNameIndex {
  if (index) return index;
  const byKey = new Map<string, string>();
  const candidates: NameCandidate[] = [];
  for (const p of provinces) {
    const label = provinceLabel(p.bpsCode, p.name.id);
    for (const name of namesOf(p)) {
      const key = foldText(name);
      const taken = byKey.get(key);
      if (taken !== undefined && taken !== p.bpsCode) {
        throw new Error(`provinceNameIndex: "${name}" names both province ${taken} and ${p.bpsCode}`);
      }
      byKey.set(key, p.bpsCode);
      if (key.length > 2 && !/^id[a-z]{2}$/.test(key)) candidates.push({ folded: key, label });
    }
  }
  for (const p of provinces) {
    const suffix = foldText(p.iso3166_2.slice(3));
    if (!byKey.has(suffix)) byKey.set(suffix, p.bpsCode);
  }
  index = { byKey, candidates };
  return index;
}
