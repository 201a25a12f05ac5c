import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';

/** Sweeps R's `svyrecvar` runs for a raking step. */
const RAKE_SWEEPS = 10;

/**
 * The variance side of calibration (methods.md §5.1–5.2): residualises row-level scores on the design's
 * calibration steps, in the order they were applied, exactly as R's `svyrecvar` does. With the step's
 * weights w (see `CalibrationStep`) and `u_i = z_i / w_i`:
 * - post-stratification: `u_i ← u_i − ū_g`, ū_g the **weighted** mean of u in i's cell;
 * - raking: 10 sweeps; in each, every margin in turn subtracts the **unweighted** mean of u over i's
 *   margin cell;
 * and `z_i ← w_i · u_i`. Rows with w = 0 at a step do not count in its means and keep their score, which
 * is 0 for scores of weighted estimators: they end with residual 0, as if they were left out of the
 * sample (R divides by zero there). Sum the result to PSUs and use `stratifiedCovariance`. Without
 * calibration the scores come back unchanged (as a copy).
 *
 * @param design - the (calibrated) design
 * @param z - scores, `z[i * columns + k]` for row i and estimator k (length n × columns)
 * @param columns - number of estimators K whose scores are interleaved in `z`. Default 1.
 * @returns the residual scores, same layout (a new array)
 * @throws MinatError `calibration-invalid` when `z` does not have n × columns values
 * @example residualizeScores(postStratify(design, sex, { F: 260, M: 240 }), scores)
 */
export function residualizeScores(design: SurveyDesign, z: Float64Array, columns = 1): Float64Array {
  if (!Number.isInteger(columns) || columns < 1 || z.length !== design.n * columns) {
    throw new MinatError(
      'calibration-invalid',
      `scores: ${z.length} values for ${design.n} rows × ${columns} columns`,
      { value: String(z.length), expected: `n × columns = ${design.n * columns} scores` },
    );
  }
  const x = Float64Array.from(z);
  for (const step of design.calibration) {
    if (step.kind === 'post-stratify') {
      subtractCellMeans(x, columns, step.cells, step.weights ?? design.weights, true);
    } else {
      for (let sweep = 0; sweep < RAKE_SWEEPS; sweep++) {
        step.margins.forEach((codes, j) => {
          subtractCellMeans(x, columns, codes, step.weights?.[j] ?? design.weights, false);
        });
      }
    }
  }
  return x;
}

/** `x_i ← w_i (u_i − ū_cell)` in place, ū weighted by w or unweighted; rows with w = 0 are left as they are. */
function subtractCellMeans(
  x: Float64Array,
  K: number,
  codes: Int32Array,
  w: Float64Array,
  weighted: boolean,
) {
  let C = 0;
  for (const c of codes) C = Math.max(C, c + 1);
  const sum = new Float64Array(C * K);
  const den = new Float64Array(C);
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    const c = codes[i]!;
    if (wi === 0 || c < 0) continue;
    den[c]! += weighted ? wi : 1;
    for (let k = 0; k < K; k++) sum[c * K + k]! += weighted ? x[i * K + k]! : x[i * K + k]! / wi;
  }
  for (let c = 0; c < C; c++) {
    if (den[c] === 0) {
      sum.fill(0, c * K, c * K + K);
      continue;
    }
    for (let k = 0; k < K; k++) sum[c * K + k]! /= den[c]!;
  }
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    const c = codes[i]!;
    if (c < 0 || wi === 0) continue;
    for (let k = 0; k < K; k++) x[i * K + k]! -= wi * sum[c * K + k]!;
  }
}
