import { cellError } from './cell-error.ts';
import type { ReferenceRow } from './parse-reference-csv.ts';

/**
 * Reads a cell of a reference CSV and checks it against a pattern or list, throwing a located error if not.
 *
 * @param file - File name for messages.
 * @param row - The row.
 * @param column - Header of the cell.
 * @param allowed - A regular expression the cell must match, or the list of allowed values.
 * @param expected - What was expected, in words.
 * @returns The (trimmed) cell.
 * @throws MinatError `csv-invalid` naming file, row, column and value.
 * @example
 * ```ts
 * checkCell('provinces.csv', row, 'bps_code', /^\d{2}$/, 'a two-digit BPS code');
 * ```
 */
export function checkCell(
  file: string,
  row: ReferenceRow,
  column: string,
  allowed: RegExp | readonly string[],
  expected: string,
): string {
  const value = row.cell(column);
  const ok = allowed instanceof RegExp ? allowed.test(value) : allowed.includes(value);
  if (!ok) throw cellError(file, row, column, `is not ${expected}`, expected);
  return value;
}
