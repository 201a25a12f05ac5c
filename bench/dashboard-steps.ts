import { readFileSync } from 'node:fs';
import { islandGroupOf } from '../packages/core/src/index.ts';

/** One filter change, made the way a user makes it: choosing options of `select[data-filter=key]`. */
export interface FilterStep {
  key: string;
  /** The options chosen (none = "All"). */
  values: string[];
}

/**
 * The ranking view's filter changes: each of sex, province, island group and age group set to one
 * level, then another, then back to "All" (a revisit: the worker's memo answers it).
 */
export const RANKING_STEPS: FilterStep[] = [
  { key: 'sex', values: ['F'] },
  { key: 'sex', values: ['M'] },
  { key: 'sex', values: [] },
  { key: 'province', values: ['35'] },
  { key: 'province', values: ['33'] },
  { key: 'province', values: [] },
  { key: 'island_group', values: ['Jawa'] },
  { key: 'island_group', values: ['Sumatra'] },
  { key: 'island_group', values: [] },
  { key: 'age_group', values: ['18-24'] },
  { key: 'age_group', values: ['25-29'] },
  { key: 'age_group', values: [] },
];

/** Every other view: two new filters and a revisit. */
export const VIEW_STEPS: FilterStep[] = [
  { key: 'sex', values: ['F'] },
  { key: 'province', values: ['32'] },
  { key: 'province', values: [] },
  { key: 'sex', values: [] },
];

/**
 * Where each filter of the dashboard lives in the CSV, for the baseline group-by: the column itself,
 * or a column mapped value by value (island group from the province code, age group from the age by
 * the schema's bins).
 */
export function baselineColumns(schemaPath: string): {
  columns: string[];
  derived: Record<string, [string, Record<string, string>]>;
} {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    dimensions: { key: string; column: string; bins?: { code: string; min?: number; max?: number }[] }[];
  };
  const age = schema.dimensions.find((d) => d.key === 'age_group')!;
  const ages: Record<string, string> = {};
  for (let a = 0; a <= 120; a++) {
    const bin = age.bins!.find(
      (b) => (b.min === undefined || a >= b.min) && (b.max === undefined || a <= b.max),
    );
    if (bin) ages[String(a)] = bin.code;
  }
  const islands: Record<string, string> = {};
  for (let p = 11; p <= 99; p++) {
    const group = islandGroupOf(String(p));
    if (group) islands[String(p)] = group;
  }
  return {
    columns: ['wave', 'sex', 'province', 'age', 'weight', 'dest_1'],
    derived: { island_group: ['province', islands], age_group: ['age', ages] },
  };
}
