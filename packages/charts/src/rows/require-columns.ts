import { MinatError } from '@minat/core';

/**
 * Checks that every row has the columns a chart reads, naming the first row (counted from 1) and
 * column missing.
 * @param rows - the rows given to a builder
 * @param columns - the columns it reads
 * @param chart - the builder's name, for the message
 * @throws MinatError `option-invalid`, e.g. `invalid rows for ranking: row 3 has no column "ci_low"`
 * @example requireColumns(rows, ['destination', 'estimate'], 'ranking')
 */
export function requireColumns(rows: readonly object[], columns: readonly string[], chart: string): void {
  rows.forEach((row, i) => {
    for (const column of columns) {
      if (!(column in row)) {
        throw new MinatError(
          'option-invalid',
          `invalid rows for ${chart}: row ${i + 1} has no column ${JSON.stringify(column)}; expected columns ${columns.join(', ')}`,
          { row: i + 1, column, expected: columns.join(', ') },
        );
      }
    }
  });
}
