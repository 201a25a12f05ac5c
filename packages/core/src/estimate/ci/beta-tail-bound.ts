/**
 * An upper bound on the regularized incomplete beta function I_t(a, b) = P(Beta(a, b) ≤ t), for
 * t below the mean, in a few logarithms: rounding a down and b up only raises it (Beta(a, b) grows
 * stochastically with a and shrinks with b), and with whole numbers A = ⌊a⌋ ≥ 1, B = ⌈b⌉ it is the
 * binomial tail P(Bin(A + B − 1, t) ≥ A), at most exp(−N·KL(A/N ‖ t)) with N = A + B − 1 (Chernoff).
 * Infinity when the bound does not apply (A < 1, or t not below A/N).
 *
 * @param t - the point, 0 < t < 1
 * @param a - first shape, > 0 (non-integer allowed)
 * @param b - second shape, > 0 (non-integer allowed)
 * @returns a number ≥ I_t(a, b), or Infinity
 * @example betaCdfBound(0.03, 100, 1901) // 1.0e-5 (I_0.03(100, 1901) is 9.7e-7)
 */
export function betaCdfBound(t: number, a: number, b: number): number {
  const A = Math.floor(a);
  const B = Math.ceil(b);
  if (!(A >= 1) || !(B >= 1) || !(t > 0) || !(t < 1)) return Number.POSITIVE_INFINITY;
  const N = A + B - 1;
  const q = A / N;
  if (!(t < q)) return Number.POSITIVE_INFINITY;
  // N·KL(q ‖ t) = A ln(q/t) + (N − A) ln((1 − q)/(1 − t)); the second term is 0 when A = N.
  const kl = A * Math.log(q / t) + (N > A ? (N - A) * Math.log((1 - q) / (1 - t)) : 0);
  return Math.exp(-kl);
}
