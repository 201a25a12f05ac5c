import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import { islandGroupOf } from '../reference/island-group-of.ts';
import type { Categorical, ValidatedSurvey } from '../validate/validated-survey.ts';

// Keyed on the province column: a survey and its copies with other weights share it.
const islandCache = new WeakMap<Categorical, Categorical>();

/** Island group of each respondent's origin province (Sumatra, Jawa, …), derived from the BPS code. */
function islandGroups(survey: ValidatedSurvey): Categorical | undefined {
  const province = survey.province;
  if (!province) return undefined;
  let cached = islandCache.get(province);
  if (!cached) {
    const levels: string[] = [];
    const byProvince = province.levels.map((bps) => {
      const island = islandGroupOf(bps) ?? 'unknown';
      let k = levels.indexOf(island);
      if (k < 0) k = levels.push(island) - 1;
      return k;
    });
    const codes = new Int32Array(province.codes.length);
    for (let i = 0; i < codes.length; i++) {
      const c = province.codes[i]!;
      codes[i] = c < 0 ? -1 : byProvince[c]!;
    }
    cached = { levels, codes };
    islandCache.set(province, cached);
  }
  return cached;
}

/** Rows assigned to the groups of one or more grouping columns. */
export interface GroupIndex {
  /** Grouping keys, in order. */
  by: string[];
  /** Group of each row; `-1` when a grouping value is missing (the row belongs to no group). */
  group: Int32Array;
  /** Values of the grouping keys for each group, in order of first appearance. */
  labels: Record<string, string>[];
  /** Rows left out because a grouping value is missing. */
  missing: number;
}

/** The categorical column behind a grouping key: a dimension, `wave`, `province` or `island_group`. */
export function groupingColumn(survey: ValidatedSurvey, key: string): Categorical {
  const column =
    survey.dimensions[key] ??
    (key === 'wave'
      ? survey.wave
      : key === 'province'
        ? survey.province
        : key === 'island_group'
          ? islandGroups(survey)
          : undefined);
  if (!column) {
    const known = [
      ...Object.keys(survey.dimensions),
      ...(survey.wave ? ['wave'] : []),
      ...(survey.province ? ['province'] : []),
    ];
    throw new MinatError(
      'option-invalid',
      `invalid by ${JSON.stringify(key)}: expected one of ${known.join(', ') || '(no grouping columns in the schema)'}`,
      {
        value: key,
        expected: known.join(', '),
      },
    );
  }
  return column;
}

/**
 * Groups the rows by the combinations of `by` values present among rows of nonzero weight, in order of
 * first appearance (as R's `svyby`). With no `by`, every row is in one group.
 *
 * @example groupIndex(survey, ['sex']).labels // [{ sex: 'F' }, { sex: 'M' }]
 */
export function groupIndex(survey: ValidatedSurvey, by: readonly string[]): GroupIndex {
  const n = survey.n;
  const group = new Int32Array(n);
  if (by.length === 0) return { by: [], group, labels: [{}], missing: 0 };
  const columns = by.map((key) => groupingColumn(survey, key));
  // A combination of codes is one number (mixed radix): looked up in an array when there are few
  // combinations, else in a Map.
  let space = 1;
  for (const c of columns) space *= Math.max(1, c.levels.length);
  if (!Number.isSafeInteger(space)) return groupIndexByText(survey, by, columns);
  const table = space <= 4_000_000 ? new Int32Array(space).fill(-1) : undefined;
  const map = table ? undefined : new Map<number, number>();
  const labels: Record<string, string>[] = [];
  let missing = 0;
  let deferred = false;
  const keyOf = (i: number) => {
    let key = 0;
    for (const c of columns) {
      const code = c.codes[i]!;
      if (code < 0) return -1;
      key = key * c.levels.length + code;
    }
    return key;
  };
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (key < 0) {
      group[i] = -1;
      missing++;
      continue;
    }
    let g = table ? table[key]! : (map!.get(key) ?? -1);
    if (g < 0) {
      if (survey.weight[i] === 0) {
        group[i] = -2;
        deferred = true;
        continue;
      }
      g = labels.length;
      if (table) table[key] = g;
      else map!.set(key, g);
      labels.push(Object.fromEntries(by.map((b, j) => [b, columns[j]!.levels[columns[j]!.codes[i]!]!])));
    }
    group[i] = g;
  }
  // Zero-weight rows seen before their group's first weighted row: assign now that groups are known.
  if (deferred) {
    for (let i = 0; i < n; i++) {
      if (group[i] !== -2) continue;
      const key = keyOf(i);
      group[i] = table ? table[key]! : (map!.get(key) ?? -1);
    }
  }
  return { by: [...by], group, labels, missing };
}

/** {@link groupIndex} with the combination as text (for more combinations than a safe integer holds). */
function groupIndexByText(
  survey: ValidatedSurvey,
  by: readonly string[],
  columns: Categorical[],
): GroupIndex {
  const n = survey.n;
  const group = new Int32Array(n);
  const index = new Map<string, number>();
  const labels: Record<string, string>[] = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    let key = '';
    let absent = false;
    for (const c of columns) {
      const code = c.codes[i]!;
      if (code < 0) absent = true;
      key += `${code},`;
    }
    if (absent) {
      group[i] = -1;
      missing++;
      continue;
    }
    let g = index.get(key);
    if (g === undefined) {
      if (survey.weight[i] === 0) {
        group[i] = -2;
        continue;
      }
      g = labels.length;
      index.set(key, g);
      labels.push(Object.fromEntries(by.map((b, j) => [b, columns[j]!.levels[columns[j]!.codes[i]!]!])));
    }
    group[i] = g;
  }
  for (let i = 0; i < n; i++) {
    if (group[i] !== -2) continue;
    const key = columns.map((c) => `${c.codes[i]},`).join('');
    group[i] = index.get(key) ?? -1;
  }
  return { by: [...by], group, labels, missing };
}

/** The warning for rows left out of every group because a grouping value is missing (none when 0). */
export function groupMissingIssues(groups: GroupIndex): Issue[] {
  if (groups.missing === 0) return [];
  return [
    {
      level: 'warning',
      code: 'group-missing',
      message: `${groups.missing} rows have no value for ${groups.by.join(' or ')} and belong to no group`,
      count: groups.missing,
    },
  ];
}
