import { MinatError } from '@minat/core';

/**
 * Checks that no two rows share the same values of `columns` (e.g. one row per destination), which
 * fails when the rows hold several groups the chart cannot tell apart.
 * @param rows - the rows given to a builder
 * @param columns - the columns that identify a row in the chart
 * @param chart - the builder's name, for the message
 * @throws MinatError `option-invalid` naming the repeated row and values
 * @example assertUnique(rows, ['wave', 'destination'], 'trend')
 */
export function assertUnique(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  chart: string,
): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const values = columns.map((c) => String(row[c]));
    const key = values.join('\u0000');
    if (seen.has(key)) {
      const shown = columns.map((c, j) => `${c} ${JSON.stringify(values[j])}`).join(', ');
      throw new MinatError(
        'option-invalid',
        `invalid rows for ${chart}: ${shown} appears twice (row ${i + 1}); expected one row per ${columns.join(' × ')}: filter the rows to one group first`,
        { row: i + 1, value: values.join(', '), expected: `one row per ${columns.join(' × ')}` },
      );
    }
    seen.add(key);
  });
}
