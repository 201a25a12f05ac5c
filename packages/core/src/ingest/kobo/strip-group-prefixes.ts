import type { Issue } from '../../errors/issue.ts';
import { detectSelectMultiple } from './detect-select-multiple.ts';
import { isKoboMetaColumn } from './is-kobo-meta-column.ts';

/** Options of {@link stripGroupPrefixes}. */
export interface StripGroupPrefixesOptions {
  /** The cells, column-major: lets select_multiple detail columns without summary be recognised. */
  columns?: string[][];
  /** File name, for the issues. */
  file?: string;
}

interface Unit {
  /** The question path as written (`grp/considered`), group prefix included. */
  path: string;
  indexes: number[];
  /** The choice code of each index, for select_multiple detail columns. */
  codes: (string | undefined)[];
}

const SEPARATORS = ['/', '-', '.'] as const;
const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

/**
 * Removes group prefixes from the headers of an export without its form (`resp/age` → `age`,
 * `dest-dest_1` → `dest_1`), keeping select_multiple detail columns as `question/option`
 * (`dest/considered/JP` → `considered/JP`, `grp.considered.JP` → `considered/JP`).
 *
 * One separator is chosen for the file: of `/`, `-` and `.`, the one under which most headers have a
 * group prefix. A prefix counts as a group when its first segment starts at least two headers
 * (so a lone `Negara/wilayah` is left alone) and the remaining name is a valid XML name. Headers
 * are renamed only when the result stays unique: questions that would share a name keep their
 * headers as written. Meta columns (`_id`, `meta/instanceID`, …) are never touched.
 *
 * @param headers - the headers as written
 * @param options - the cells (recommended, see {@link detectSelectMultiple}) and the file name
 * @returns the new headers (same length and order) and info issues saying what was renamed and what
 *   was kept because of a clash; no issue when nothing had a group prefix
 * @example
 * ```ts
 * stripGroupPrefixes(['_id', 'resp/age', 'resp/sex', 'dest/dest_1', 'dest/dest_2']).headers;
 * // ['_id', 'age', 'sex', 'dest_1', 'dest_2']
 * ```
 */
export function stripGroupPrefixes(
  headers: string[],
  options: StripGroupPrefixesOptions = {},
): { headers: string[]; issues: Issue[] } {
  const units = questionUnits(headers, options.columns);
  let best: { separator: string; bare: Map<Unit, string> } | undefined;
  for (const separator of SEPARATORS) {
    const bare = bareNames(units, separator);
    if (bare.size > (best?.bare.size ?? 0)) best = { separator, bare };
  }
  if (!best) return { headers: [...headers], issues: [] };
  const { separator, bare } = best;
  const rename = (unit: Unit, name: string) =>
    unit.indexes.map((_, k) => {
      const code = unit.codes[k];
      return code === undefined ? name : `${name}/${code}`;
    });
  const kept = new Set<Unit>();
  for (;;) {
    const owners = new Map<string, Unit[]>();
    for (const unit of units) {
      const name = bare.get(unit);
      const names =
        name !== undefined && !kept.has(unit) ? rename(unit, name) : unit.indexes.map((i) => headers[i]);
      for (const n of names) owners.set(n ?? '', [...(owners.get(n ?? '') ?? []), unit]);
    }
    const clashing = [...owners.values()].filter((o) => o.length > 1).flat();
    const newlyKept = clashing.filter((u) => bare.has(u) && !kept.has(u));
    if (newlyKept.length === 0) break;
    for (const u of newlyKept) kept.add(u);
  }
  const result = [...headers];
  const renamed: { from: string; to: string }[] = [];
  for (const unit of units) {
    const name = bare.get(unit);
    if (name === undefined || kept.has(unit)) continue;
    rename(unit, name).forEach((to, k) => {
      const index = unit.indexes[k] ?? 0;
      const from = headers[index] ?? '';
      result[index] = to;
      if (from !== to) renamed.push({ from, to });
    });
  }
  const issues: Issue[] = [];
  const file = options.file !== undefined ? `${options.file}: ` : '';
  const fileField = options.file !== undefined ? { file: options.file } : {};
  if (renamed.length) {
    const examples = renamed.slice(0, 5).map((r) => `"${r.from}" → "${r.to}"`);
    issues.push({
      level: 'info',
      code: 'kobo-group-prefix-stripped',
      message: `${file}removed the group prefix (separator "${separator}") from ${renamed.length} column headers: ${examples.join(', ')}${renamed.length > 5 ? ', …' : ''}`,
      count: renamed.length,
      details: { separator, renamed },
      ...fileField,
    });
  }
  if (kept.size) {
    const paths = units.filter((u) => kept.has(u)).map((u) => u.path);
    issues.push({
      level: 'info',
      code: 'kobo-group-prefix-kept',
      message: `${file}kept the group prefix of ${paths.map((p) => `"${p}"`).join(', ')}: without it two columns would have the same name`,
      count: kept.size,
      details: { separator, kept: paths },
      ...fileField,
    });
  }
  return { headers: result, issues };
}

/** Groups headers into question units: a select_multiple's summary and details form one unit. */
function questionUnits(headers: string[], columns: string[][] | undefined): Unit[] {
  const units = new Map<string, Unit>();
  const add = (path: string, index: number, code: string | undefined) => {
    const unit = units.get(path) ?? { path, indexes: [], codes: [] };
    unit.indexes.push(index);
    unit.codes.push(code);
    units.set(path, unit);
  };
  const detail = new Map<number, { path: string; code: string }>();
  for (const group of detectSelectMultiple(headers, columns)) {
    for (const o of group.options)
      detail.set(headers.indexOf(o.column), { path: group.question, code: o.code });
  }
  headers.forEach((header, index) => {
    if (isKoboMetaColumn(header)) return;
    const d = detail.get(index);
    if (d) add(d.path, index, d.code);
    else add(header, index, undefined);
  });
  return [...units.values()];
}

/** The bare name of each unit that has a group prefix under `separator`. */
function bareNames(units: Unit[], separator: string): Map<Unit, string> {
  const tops = new Map<string, number>();
  for (const unit of units) {
    const segments = unit.path.split(separator);
    const top = segments[0] ?? '';
    if (segments.length > 1) tops.set(top, (tops.get(top) ?? 0) + unit.indexes.length);
  }
  const bare = new Map<Unit, string>();
  for (const unit of units) {
    const segments = unit.path.split(separator);
    const name = segments[segments.length - 1] ?? '';
    if (segments.length > 1 && (tops.get(segments[0] ?? '') ?? 0) >= 2 && XML_NAME.test(name))
      bare.set(unit, name);
  }
  return bare;
}
