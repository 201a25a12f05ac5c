import { convertCountries } from './convert-countries.ts';
import { convertLookups } from './convert-lookups.ts';
import { convertPlacements } from './convert-placements.ts';
import { convertProvinces } from './convert-provinces.ts';
import { convertReadinessLevels } from './convert-readiness-levels.ts';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Converts the CSVs of `data/reference/` into the JSON modules committed under
 * `packages/core/src/reference/generated/` (core runs in browsers, so it cannot read CSVs at run time).
 * Pure: reading and writing files is the caller's job (`scripts/build-reference.ts`, run by `pnpm reference`),
 * so the drift test can run the same conversion in memory.
 *
 * @param read - Returns the text of a file of `data/reference/` by name (e.g. `"provinces.csv"`).
 * @returns Output file name (e.g. `"provinces.json"`) → its exact text (2-space JSON, final newline).
 * @throws MinatError `csv-invalid` or `column-missing` naming file, row, column and value for bad data.
 * @example
 * ```ts
 * const out = convertReference((name) => readFileSync(join('data/reference', name), 'utf8'));
 * Object.keys(out); // ['countries.json', 'provinces.json', …]
 * ```
 */
export function convertReference(read: (file: string) => string): Record<string, string> {
  const lookups = convertLookups(read);
  return {
    'countries.json': json(convertCountries(read('destinations.csv'))),
    'provinces.json': json(convertProvinces(read('provinces.csv'), read('province-tilegrid.csv'))),
    'placements.json': json(convertPlacements(read('placements.csv'))),
    'readiness-levels.json': json(convertReadinessLevels(read('readiness_levels.csv'))),
    'education-levels.json': json(lookups.educationLevels),
    'age-groups.json': json(lookups.ageGroups),
    'occupations.json': json(lookups.occupations),
    'ssw-fields.json': json(lookups.sswFields),
  };
}
