import { MinatError } from '../../errors/minat-error.ts';

/**
 * Count, sum and sum of squares of the positive weights (in `mask` when given), shared by
 * {@link kishDeff} and {@link kishN}.
 *
 * @param weights - final weights
 * @param mask - rows to include (truthy entries); default all rows
 * @throws MinatError `option-invalid` when `mask` is not as long as `weights`
 * @example kishSums(Float64Array.of(1, 0, 2)) // { n: 2, sum: 3, sumSquares: 5 }
 */
export function kishSums(
  weights: ArrayLike<number>,
  mask?: ArrayLike<unknown>,
): { n: number; sum: number; sumSquares: number } {
  if (mask !== undefined && mask.length !== weights.length) {
    throw new MinatError(
      'option-invalid',
      `invalid mask: ${mask.length} entries for ${weights.length} weights`,
      {
        value: String(mask.length),
        expected: `one entry per weight (${weights.length})`,
      },
    );
  }
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w > 0) || (mask !== undefined && !mask[i])) continue;
    n++;
    sum += w;
    sumSquares += w * w;
  }
  return { n, sum, sumSquares };
}
