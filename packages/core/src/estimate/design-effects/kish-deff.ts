import { kishSums } from './kish-sums.ts';

/**
 * Kish's design effect due to unequal weights (methods.md §4): `n·Σw² / (Σw)² = 1 + CV_w²`, over the
 * rows with a positive weight (and in `mask` when given). It depends on the weights only, not on the
 * answers or the clustering.
 *
 * @param weights - final weights
 * @param mask - rows to include (truthy entries), e.g. a domain; default all rows
 * @returns the design effect, or null when no row has a positive weight
 * @throws MinatError `option-invalid` when `mask` is not as long as `weights`
 * @example kishDeff(Float64Array.of(1, 1, 2, 4)) // 4·22/64 = 1.375
 */
export function kishDeff(weights: ArrayLike<number>, mask?: ArrayLike<unknown>): number | null {
  const { n, sum, sumSquares } = kishSums(weights, mask);
  return n === 0 ? null : (n * sumSquares) / (sum * sum);
}
