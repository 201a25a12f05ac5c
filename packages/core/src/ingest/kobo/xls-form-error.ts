import { MinatError } from '../../errors/minat-error.ts';

/** Where in an XLSForm a problem sits. */
export interface XlsFormErrorPlace {
  file: string;
  sheet: string;
  /** Spreadsheet row (header = 1); absent for sheet-level problems. */
  row?: number;
  column?: string;
  value?: string;
}

/**
 * Builds the `xlsform-invalid` error, its message naming the file, sheet, row, column and value.
 *
 * @param place - where the problem is
 * @param problem - what is wrong, in words (no trailing period)
 * @param expected - what was expected instead
 * @example
 * ```ts
 * throw xlsFormError({ file, sheet: 'survey', row: 4, column: 'type', value: 'select_one' },
 *   'select_one has no list name', 'select_one LIST');
 * ```
 */
export function xlsFormError(place: XlsFormErrorPlace, problem: string, expected: string): MinatError {
  const where = [`${place.file}, sheet "${place.sheet}"`];
  if (place.row !== undefined) where.push(`row ${place.row}`);
  if (place.column !== undefined) where.push(`column "${place.column}"`);
  const value = place.value !== undefined ? ` (value "${place.value}")` : '';
  return new MinatError('xlsform-invalid', `${where.join(', ')}: ${problem}${value}; expected ${expected}`, {
    file: place.file,
    ...(place.row !== undefined && { row: place.row }),
    ...(place.column !== undefined && { column: place.column }),
    ...(place.value !== undefined && { value: place.value }),
    expected,
  });
}
