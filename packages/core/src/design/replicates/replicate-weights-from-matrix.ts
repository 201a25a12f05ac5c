import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { replicateRank } from './replicate-rank.ts';
import type { ReplicateType, ReplicateWeights, ReplicateWeightsOptions } from './replicate-types.ts';

const types: readonly (ReplicateType | 'other')[] = [
  'JK1',
  'JKn',
  'BRR',
  'Fay',
  'bootstrap',
  'subbootstrap',
  'other',
];

/**
 * Checks user-supplied row-level replicate weights (e.g. published by a statistics office, or exported
 * from R's `weights(rep, "analysis")`) and wraps them for `replicateRatiosFromWeights`. The weights are
 * final replicate weights, sampling weight included (R's `combined.weights = TRUE`), one replicate per
 * row of the matrix: `matrix[r · n + i]` is row i's weight in replicate r.
 *
 * `df` defaults to the rank of the matrix − 1 (R's `degf`), computed when first read (O(n · R · rank));
 * pass `options.df` when it is known.
 *
 * @param matrix - `R × n` replicate weights, finite and ≥ 0, R ≥ 2
 * @param options.scale - overall scale, finite and > 0 (1/(R−1) for bootstraps, (R−1)/R for JK1, 1/R for BRR)
 * @param options.rscales - per-replicate scales, finite and ≥ 0 (default all 1)
 * @param options.mse - centre on the full-sample estimate (default false)
 * @param options.type - what the weights are (default `other`)
 * @throws MinatError `option-invalid` naming the bad size, value (with replicate and respondent) or option
 * @example replicateWeightsFromMatrix(design, matrix, { scale: 1 / 199, type: 'subbootstrap' })
 */
export function replicateWeightsFromMatrix(
  design: SurveyDesign,
  matrix: Float64Array,
  options: ReplicateWeightsOptions,
): ReplicateWeights {
  const n = design.n;
  const bad = (message: string, value: unknown, expected: string) =>
    new MinatError('option-invalid', message, { value: String(value), expected });
  const R = matrix.length / n;
  if (!Number.isInteger(R) || R < 2) {
    throw bad(
      `replicate weights have ${matrix.length} values, which is not R × ${n} (the design's respondents) for R ≥ 2`,
      matrix.length,
      `a multiple of ${n}, at least ${2 * n}`,
    );
  }
  for (let j = 0; j < matrix.length; j++) {
    const v = matrix[j]!;
    if (Number.isFinite(v) && v >= 0) continue;
    const r = Math.floor(j / n);
    throw bad(
      `replicate weight ${v} of replicate ${r + 1}, respondent ${j - r * n + 1} is not a finite non-negative number`,
      v,
      'finite replicate weights ≥ 0',
    );
  }
  const { scale } = options;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw bad(`invalid scale ${scale}: expected a finite number > 0`, scale, 'a finite number > 0');
  }
  const rscales = Float64Array.from(options.rscales ?? new Float64Array(R).fill(1));
  if (rscales.length !== R) {
    throw bad(`rscales has ${rscales.length} values for ${R} replicates`, rscales.length, `${R} values`);
  }
  const badScale = rscales.findIndex((v) => !(Number.isFinite(v) && v >= 0));
  if (badScale >= 0) {
    throw bad(
      `invalid rscales[${badScale}] ${rscales[badScale]}: expected a finite number ≥ 0`,
      rscales[badScale],
      'finite numbers ≥ 0',
    );
  }
  const mse = options.mse ?? false;
  if (typeof mse !== 'boolean')
    throw bad(`invalid mse ${JSON.stringify(mse)}: expected true or false`, mse, 'true or false');
  const type = options.type ?? 'other';
  if (!types.includes(type)) {
    throw bad(
      `invalid replicate type ${JSON.stringify(type)}: expected one of ${types.join(', ')}`,
      type,
      types.join(', '),
    );
  }
  let df = options.df;
  if (df !== undefined && !(Number.isInteger(df) && df >= 0)) {
    throw bad(`invalid df ${df}: expected an integer ≥ 0`, df, 'an integer ≥ 0');
  }
  return {
    type,
    R,
    weights: matrix,
    scale,
    rscales,
    mse,
    get df() {
      df ??= replicateRank(matrix, R, n) - 1;
      return df;
    },
  };
}
