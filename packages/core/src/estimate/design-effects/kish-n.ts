import { kishSums } from './kish-sums.ts';

/**
 * Kish's effective sample size `(Σw)² / Σw²` (methods.md §4): the number of equally weighted
 * respondents giving the same precision, as far as the weights alone go. Rows with a positive weight
 * (and in `mask` when given) count.
 *
 * @param weights - final weights
 * @param mask - rows to include (truthy entries); default all rows
 * @returns the effective n, or null when no row has a positive weight
 * @throws MinatError `option-invalid` when `mask` is not as long as `weights`
 * @example kishN(Float64Array.of(1, 1, 2, 4)) // 64/22 = 2.909…
 */
export function kishN(weights: ArrayLike<number>, mask?: ArrayLike<unknown>): number | null {
  const { n, sum, sumSquares } = kishSums(weights, mask);
  return n === 0 ? null : (sum * sum) / sumSquares;
}
