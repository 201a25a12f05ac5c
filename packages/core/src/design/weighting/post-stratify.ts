import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { calibrateCells } from './calibrate-cells.ts';
import { checkCellCodes } from './check-cell-codes.ts';

/** Options of {@link postStratify}. */
export interface PostStratifyOptions {
  /** Ignore population cells that have no weight in the sample, with a warning (R's `partial=TRUE`). Default `false`. */
  partial?: boolean;
}

/**
 * Post-stratification, as R's `postStratify` (methods.md §5.1): in each cell g the weights become
 * `w_i · N_g / Σ_{j∈g} w_j`, so the weighted cell totals equal the population counts. Returns a new
 * design (the input is not modified) with the step recorded in `calibration`, so variances residualise
 * the scores on the cells.
 *
 * @param design - the design to calibrate (may already be calibrated or trimmed)
 * @param cells - the cell of every row (`codes[i]` indexes `levels`; −1 is not allowed)
 * @param population - population count of each cell, by level name
 * @param options - `partial` (default `false`)
 * @returns the post-stratified design; warnings (cells dropped under `partial`) are added to its `issues`
 * @throws MinatError `calibration-invalid` when a row has no cell (naming how many), when a sample cell
 *   has no population count, when a population cell has no sample weight (unless `partial`) or when a
 *   count is not a number ≥ 0, naming the cell and value; `option-invalid` for a bad option
 * @example
 * ```ts
 * const sex = { codes: Int32Array.of(0, 1, 1, 0), levels: ['F', 'M'] };
 * const calibrated = postStratify(design, sex, { F: 260, M: 240 });
 * ```
 */
export function postStratify(
  design: SurveyDesign,
  cells: { codes: Int32Array; levels: string[] },
  population: Record<string, number>,
  options: PostStratifyOptions = {},
): SurveyDesign {
  const partial = options.partial ?? false;
  if (typeof partial !== 'boolean') {
    throw new MinatError(
      'option-invalid',
      `invalid partial ${JSON.stringify(partial)}: expected one of true, false`,
      {
        value: String(partial),
        expected: 'true, false',
      },
    );
  }
  const what = 'post-stratification cells';
  checkCellCodes(cells, design.n, what);
  const { weights, issues } = calibrateCells(design.weights, cells, population, partial, what);
  return {
    ...design,
    weights,
    calibration: [...design.calibration, { kind: 'post-stratify', cells: cells.codes, weights }],
    issues: [...design.issues, ...issues],
  };
}
