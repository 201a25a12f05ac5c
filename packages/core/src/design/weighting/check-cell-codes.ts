import { MinatError } from '../../errors/minat-error.ts';

/**
 * Checks the cell codes of a calibration variable against the design: one code per row, each a level
 * index, none missing (R requires calibration variables without NA).
 *
 * @param what - how messages name the variable, e.g. `post-stratification cells` or `raking margin 2`
 * @throws MinatError `calibration-invalid` when the length differs from `n`, when rows have no cell
 *   (code −1; the message gives their count and the first row index) or when a code is not a level
 * @example checkCellCodes({ codes: Int32Array.of(0, 1), levels: ['F', 'M'] }, 2, 'post-stratification cells')
 */
export function checkCellCodes(
  cells: { codes: Int32Array; levels: string[] },
  n: number,
  what: string,
): void {
  const { codes, levels } = cells;
  if (!(codes instanceof Int32Array) || !Array.isArray(levels)) {
    throw new MinatError('calibration-invalid', `${what}: expected { codes: Int32Array, levels: string[] }`, {
      expected: '{ codes: Int32Array, levels: string[] }',
    });
  }
  if (codes.length !== n) {
    throw new MinatError(
      'calibration-invalid',
      `${what}: ${codes.length} cell codes for a design of ${n} rows`,
      { value: String(codes.length), expected: `one cell code per design row (${n})` },
    );
  }
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c === -1) {
      if (missing++ === 0) firstMissing = i;
    } else if (c < -1 || c >= levels.length) {
      throw new MinatError('calibration-invalid', `${what}: row index ${i} has cell code ${c}, not a level`, {
        value: String(c),
        expected: `a level index 0..${levels.length - 1}`,
      });
    }
  }
  if (missing > 0) {
    throw new MinatError(
      'calibration-invalid',
      `${what}: ${missing} rows have no cell (missing value; the first is row index ${firstMissing} of the design). Calibration variables must be known for every respondent: recode the missing values or drop those rows.`,
      { value: String(missing), expected: 'a cell for every row' },
    );
  }
}
