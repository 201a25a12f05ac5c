import type { Issue } from '../errors/issue.ts';

/** Result of {@link finalizeColumns}. */
export interface FinalColumns {
  headers: string[];
  columns: string[][];
  issues: Issue[];
}

/**
 * Turns the header cells as read into usable column names, keeping every column that holds data.
 *
 * - A column with an empty (or blank) header and no data in any row is dropped (info `column-empty-dropped`):
 *   spreadsheets and some exporters add such columns, e.g. a delimiter at the end of every line.
 * - A column with an empty header but with data is named `column_<n>` (`n` = 1-based position in the file)
 *   with one warning `header-empty` listing the positions.
 * - Repeated names are all kept; the second is renamed `name (2)`, the third `name (3)`, … with one warning
 *   `header-duplicate` per repeated name, giving its positions.
 *
 * The header cells are not trimmed or otherwise changed.
 *
 * @param rawHeaders - Header cells as written in the file (BOM already removed).
 * @param columns - `columns[c]` holds the cells of column `c`; same length and order as `rawHeaders`.
 * @param where - File name and the row of the header (omit `row` for JSON, which has no header row).
 * @returns The final headers, the kept columns (same arrays, not copied) and the issues.
 * @example
 * ```ts
 * finalizeColumns(['age', 'age', ''], [['1'], ['2'], ['']], { file: 's.csv', row: 1 }).headers;
 * // ['age', 'age (2)']  (the empty third column is dropped)
 * ```
 */
export function finalizeColumns(
  rawHeaders: string[],
  columns: string[][],
  where: { file: string; row?: number },
): FinalColumns {
  const issues: Issue[] = [];
  const headerRow = where.row === undefined ? '' : ` (row ${where.row})`;
  const kept: { name: string; position: number; column: string[] }[] = [];
  const dropped: number[] = [];
  const unnamed: number[] = [];
  rawHeaders.forEach((raw, c) => {
    const column = columns[c] ?? [];
    if (raw.trim() !== '') {
      kept.push({ name: raw, position: c + 1, column });
    } else if (column.every((cell) => cell.trim() === '')) {
      dropped.push(c + 1);
    } else {
      unnamed.push(c + 1);
      kept.push({ name: `column_${c + 1}`, position: c + 1, column });
    }
  });
  if (dropped.length > 0) {
    issues.push({
      level: 'info',
      code: 'column-empty-dropped',
      file: where.file,
      row: where.row,
      count: dropped.length,
      message:
        `${where.file}: ignored ${plural(dropped.length, 'column')} without a header and without data ` +
        `(position ${listPositions(dropped)}).`,
      details: { positions: dropped },
    });
  }
  if (unnamed.length > 0) {
    const names = unnamed.map((p) => `column_${p}`);
    issues.push({
      level: 'warning',
      code: 'header-empty',
      file: where.file,
      row: where.row,
      column: names.length === 1 ? names[0] : undefined,
      count: unnamed.length,
      message:
        `${where.file}: the header${headerRow} is empty in ${plural(unnamed.length, 'column')} ` +
        `${listPositions(unnamed)} that hold data; named ${names.join(', ')}. ` +
        'Give every column a name in the header row.',
      details: { positions: unnamed, names },
    });
  }
  const taken = new Set(kept.map((k) => k.name));
  const seen = new Map<string, { positions: number[]; renamed: string[] }>();
  for (const k of kept) {
    const entry = seen.get(k.name);
    if (entry === undefined) {
      seen.set(k.name, { positions: [k.position], renamed: [] });
      continue;
    }
    let n = entry.positions.length + 1;
    while (taken.has(`${k.name} (${n})`)) n++;
    const renamed = `${k.name} (${n})`;
    taken.add(renamed);
    entry.positions.push(k.position);
    entry.renamed.push(renamed);
    k.name = renamed;
  }
  for (const [name, { positions, renamed }] of seen) {
    if (positions.length < 2) continue;
    issues.push({
      level: 'warning',
      code: 'header-duplicate',
      file: where.file,
      row: where.row,
      column: name,
      count: positions.length,
      message:
        `${where.file}: the header "${name}" appears ${positions.length} times${headerRow}, ` +
        `in columns ${listPositions(positions)}; all are kept and the later ones renamed ` +
        `${renamed.map((r) => `"${r}"`).join(', ')}. Rename them in the file if they hold different data.`,
      details: { positions, renamed },
    });
  }
  return { headers: kept.map((k) => k.name), columns: kept.map((k) => k.column), issues };
}

function plural(n: number, word: string): string {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}

function listPositions(positions: number[]): string {
  const shown = positions.slice(0, 10).join(', ');
  return positions.length > 10 ? `${shown}, … (${positions.length} in all)` : shown;
}
