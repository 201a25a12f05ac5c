import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';

/**
 * One post-stratification of weights on one set of cells (methods.md §5.1): in each cell g,
 * `w_i · N_g / Σ_{j∈g} w_j`. Cell checks as R's `postStratify`: a cell with sample weight but no
 * population count is an error; a population cell without sample weight is an error unless `partial`
 * (then it is dropped with a warning); cells zero in both are dropped. Codes must already be checked
 * (see `checkCellCodes`). Does not modify `weights`.
 *
 * @param what - how messages name the variable, e.g. `post-stratification cells`
 * @returns the new weights and any warnings
 * @throws MinatError `calibration-invalid` naming the cell and the value
 * @example calibrateCells(Float64Array.of(1, 3), { codes: Int32Array.of(0, 0), levels: ['F'] }, { F: 8 }, false, 'sex')
 */
export function calibrateCells(
  weights: Float64Array,
  cells: { codes: Int32Array; levels: string[] },
  population: Record<string, number>,
  partial: boolean,
  what: string,
): { weights: Float64Array; issues: Issue[] } {
  const { codes, levels } = cells;
  if (typeof population !== 'object' || population === null || Array.isArray(population)) {
    throw new MinatError('calibration-invalid', `${what}: the population must map each cell to its count`, {
      expected: 'an object such as { "F": 260, "M": 240 }',
    });
  }
  const L = levels.length;
  const sample = new Float64Array(L);
  for (let i = 0; i < codes.length; i++) sample[codes[i]!]! += weights[i]!;
  const known = new Set(levels);
  const issues: Issue[] = [];
  const dropped: string[] = [];
  for (const [cell, count] of Object.entries(population)) {
    if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
      throw new MinatError(
        'calibration-invalid',
        `${what}: population count ${JSON.stringify(count)} of cell ${JSON.stringify(cell)} is not a number ≥ 0`,
        { value: String(count), expected: 'a finite population count ≥ 0' },
      );
    }
    if (!known.has(cell) && count > 0) dropped.push(cell);
  }
  const factor = new Float64Array(L).fill(1);
  for (let g = 0; g < L; g++) {
    const cell = levels[g]!;
    const N = Object.hasOwn(population, cell) ? population[cell]! : 0;
    const S = sample[g]!;
    if (S !== 0 && N === 0) {
      throw new MinatError(
        'calibration-invalid',
        `${what}: cell ${JSON.stringify(cell)} has weight ${S} in the sample but ${Object.hasOwn(population, cell) ? 'a population count of 0' : 'no population count'}`,
        { value: cell, expected: `a population count > 0 for every sample cell (${levels.join(', ')})` },
      );
    }
    if (S === 0 && N > 0) dropped.push(cell);
    else if (S !== 0) factor[g] = N / S;
  }
  if (dropped.length > 0) {
    const names = dropped.map((c) => JSON.stringify(c)).join(', ');
    if (!partial) {
      throw new MinatError(
        'calibration-invalid',
        `${what}: population cells ${names} have no weight in the sample; use the partial option to ignore them`,
        { value: dropped[0]!, expected: 'every population cell present in the sample, or partial: true' },
      );
    }
    issues.push({
      level: 'warning',
      code: 'calibration-cells-dropped',
      message: `${what}: population cells ${names} have no weight in the sample and were ignored (partial)`,
      value: dropped[0]!,
      count: dropped.length,
      details: { cells: dropped },
    });
  }
  const out = new Float64Array(weights.length);
  for (let i = 0; i < out.length; i++) out[i] = weights[i]! * factor[codes[i]!]!;
  return { weights: out, issues };
}
