import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreRequire } from './core-require.ts';

/** A province of `provinces.csv`. */
export interface ProvinceRef {
  /** BPS code, two digits. */
  code: string;
  nameId: string;
  nameEn: string;
  /** Number of regencies and cities (kabupaten/kota): the PSU frame of the province. */
  regencyCount: number;
}

/** A destination of `destinations.csv`. */
export interface DestinationRef {
  iso2: string;
  nameEn: string;
  nameId: string;
  policyRegion: string;
}

/** A labelled code read from a lookup table. */
export interface LookupRef {
  code: string;
  en: string;
  id: string;
}

/** An age group of `lookup_age_groups.csv` (scheme `pmi_survey`). */
export interface AgeGroupRef {
  code: string;
  min: number;
  /** Absent for the open top group (45+). */
  max?: number;
}

/** The reference tables the generator reads. */
export interface Reference {
  provinces: ProvinceRef[];
  destinations: DestinationRef[];
  /** SD, SMP, SMA, SMK, D3, S1 with the labels of `lookup_education.csv`. */
  education: LookupRef[];
  ageGroups: AgeGroupRef[];
}

/** The survey's education codes and the `lookup_education.csv` rows they stand for. */
const EDUCATION_ROWS: Record<string, string> = {
  SD: '02',
  SMP: '03',
  SMA: '04',
  SMK: '05',
  D3: '06',
  S1: '07',
};

/** Default location of the reference CSVs. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../reference/', import.meta.url));

type Parse = (text: string, options: { columns: true; skip_empty_lines: true }) => Record<string, string>[];

/**
 * Reads the reference CSVs the generator needs.
 *
 * @param dir - folder holding the CSVs (default `data/reference`)
 * @returns provinces (38), destinations (34), education levels (6) and the PMI-survey age groups (6)
 * @throws Error when a file is missing or a needed row is absent
 * @example
 * ```ts
 * const ref = loadReference();
 * ref.provinces.length; // 38
 * ```
 */
export function loadReference(dir: string = REFERENCE_DIR): Reference {
  const { parse } = coreRequire('csv-parse/sync') as { parse: Parse };
  const read = (file: string) =>
    parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true });
  const provinces = read('provinces.csv').map((r) => ({
    code: r['bps_code']!,
    nameId: r['name_id']!,
    nameEn: r['name_en']!,
    regencyCount: Number(r['regency_count']),
  }));
  const destinations = read('destinations.csv').map((r) => ({
    iso2: r['iso2']!,
    nameEn: r['name_en']!,
    nameId: r['name_id']!,
    policyRegion: r['policy_region']!,
  }));
  const eduRows = read('lookup_education.csv');
  const education = Object.entries(EDUCATION_ROWS).map(([code, row]) => {
    const r = eduRows.find((e) => e['code'] === row);
    if (!r) throw new Error(`lookup_education.csv: row with code ${row} (for ${code}) is missing`);
    return { code, en: r['label_en']!, id: r['label_id']! };
  });
  const ageGroups = read('lookup_age_groups.csv')
    .filter((r) => r['scheme'] === 'pmi_survey')
    .map((r) => {
      const g: AgeGroupRef = { code: r['group']!, min: Number(r['min_age']) };
      if (r['max_age']) g.max = Number(r['max_age']);
      return g;
    });
  return { provinces, destinations, education, ageGroups };
}
