import { MinatError } from '../../errors/minat-error.ts';
import type { ReferenceRow } from './parse-reference-csv.ts';

/**
 * Makes the located `csv-invalid` error for a bad cell of a reference CSV.
 *
 * @param file - File name.
 * @param row - The row (its spreadsheet row number is used).
 * @param column - Header of the cell.
 * @param problem - What is wrong, completing `"<value>" …`, e.g. `is listed twice`.
 * @param expected - What was expected, in words.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw cellError('provinces.csv', row, 'bps_code', 'is listed twice', 'each BPS code on one row');
 * ```
 */
export function cellError(
  file: string,
  row: ReferenceRow,
  column: string,
  problem: string,
  expected: string,
): MinatError {
  const value = row.cell(column);
  return new MinatError('csv-invalid', `${file}, row ${row.row}, column ${column}: "${value}" ${problem}.`, {
    file,
    row: row.row,
    column,
    value,
    expected,
  });
}
