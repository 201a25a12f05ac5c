import { parse } from 'csv-parse/sync';
import { MinatError } from '../../errors/minat-error.ts';

/** One data row of a reference CSV, with its spreadsheet row number (header = row 1). */
export interface ReferenceRow {
  row: number;
  /** Cell of `column`, trimmed; `""` when empty. */
  cell(column: string): string;
}

/**
 * Parses a reference CSV (UTF-8, comma-separated, header row) into rows, checking that every `columns`
 * header is present. Used only by the build step (`pnpm reference`) and its drift test.
 *
 * @param file - File name, for messages (e.g. `"provinces.csv"`).
 * @param text - The file's text.
 * @param columns - Headers that must be present.
 * @returns The data rows in file order.
 * @throws MinatError `csv-invalid` when the CSV cannot be parsed, `column-missing` when a header is absent.
 * @example
 * ```ts
 * parseReferenceCsv('x.csv', 'a,b\n1,2\n', ['a'])[0]!.cell('b'); // '2'
 * ```
 */
export function parseReferenceCsv(file: string, text: string, columns: readonly string[]): ReferenceRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (cause) {
    throw new MinatError(
      'csv-invalid',
      `${file}: not a valid CSV file (${String(cause)}).`,
      { file },
      { cause },
    );
  }
  const header = records[0] ?? [];
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  for (const column of columns) {
    if (!index.has(column)) {
      throw new MinatError('column-missing', `${file}: column "${column}" is missing from the header row.`, {
        file,
        row: 1,
        column,
        expected: `a header row with ${columns.join(', ')}`,
      });
    }
  }
  return records.slice(1).map((record, i) => ({
    row: i + 2,
    cell(column: string): string {
      const at = index.get(column);
      if (at === undefined) throw new Error(`parseReferenceCsv: column "${column}" was not requested`);
      return (record[at] ?? '').trim();
    },
  }));
}
