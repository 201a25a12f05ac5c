import { MinatError, RANKING_COLUMNS, STANDARD_COLUMNS } from '@minat/core';

const OWN = new Set<string>(['destination', 'measure', 'base', ...STANDARD_COLUMNS, ...RANKING_COLUMNS]);

/**
 * The grouping column a by-group chart reads: the one asked for (which every row must have), else
 * `province` when the rows have it, else the first column that is not a result column.
 * @param rows - estimate rows grouped by one column
 * @param asked - the `group` option, if given
 * @param chart - the builder's name, for the message
 * @throws MinatError `option-invalid` when the asked column is missing or the rows have no grouping column
 * @example groupColumn(estimateShares(survey, design, { by: ['sex'] }).rows, undefined, 'heatmap') // 'sex'
 */
export function groupColumn(
  rows: readonly Record<string, unknown>[],
  asked: string | undefined,
  chart: string,
): string {
  const first = rows[0] ?? {};
  if (asked !== undefined) {
    const i = rows.findIndex((r) => !(asked in r));
    if (i >= 0) {
      throw new MinatError(
        'option-invalid',
        `invalid group ${JSON.stringify(asked)} for ${chart}: row ${i + 1} has no such column; expected one of ${
          Object.keys(rows[i]!)
            .filter((k) => !OWN.has(k))
            .join(', ') || '(no grouping column)'
        }`,
        { row: i + 1, value: asked },
      );
    }
    return asked;
  }
  if ('province' in first) return 'province';
  const found = Object.keys(first).find((k) => !OWN.has(k));
  if (found === undefined) {
    throw new MinatError(
      'option-invalid',
      `invalid rows for ${chart}: no grouping column; expected rows estimated by a group (e.g. by: ['province'])`,
      { expected: 'rows with a grouping column' },
    );
  }
  return found;
}
