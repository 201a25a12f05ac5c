import { hadamardConstruction } from './hadamard-construction.ts';

/**
 * The number of BRR replicates for `strata` strata: the smallest order N > strata (and ≥ 4) of a
 * Hadamard matrix that {@link hadamardMatrix} builds (Sylvester 2^k; Paley I p + 1 for primes
 * p ≡ 3 mod 4; Paley II 28 and 36; and any of these doubled). Row 1 of a normalised matrix is all +1
 * and is not used, hence N > strata. This equals R's `nrow(survey:::hadamard(strata))` for 1–199
 * strata; above that it is never larger and sometimes smaller (e.g. 208 where R uses 212 for
 * 200–207 strata, 304 where R uses 308).
 *
 * @example hadamardOrder(3) // 4
 */
export function hadamardOrder(strata: number): number {
  let order = Math.max(4, 4 * Math.ceil((strata + 1) / 4));
  while (!hadamardConstruction(order)) order += 4;
  return order;
}
