import type { DenseMatrix } from './linear-algebra/dense-matrix.ts';
import { matMul } from './linear-algebra/mat-mul.ts';
import { solveLinear } from './linear-algebra/solve-linear.ts';

/**
 * The generalised design-effect matrix of Rao and Scott for an r × c table (methods.md §7.2):
 * `Δ = (Cᵀ D⁻¹ C / n)⁻¹ · (Cᵀ D⁻¹ V D⁻¹ C)` with `D⁻¹ = diag(1/p̂)` (0 where p̂ = 0). C holds the
 * interaction contrasts: the saturated model's interaction columns minus their unweighted projection
 * on the main effects, which for the complete one-observation-per-cell layout is the closed form
 * `C[(a,b),(i,j)] = (δ_ai − 1/r)(δ_bj − 1/c)`, i = 1..r−1, j = 1..c−1 (R's `qr.resid` gives the same).
 *
 * @param p - cell proportions, row-fastest (length r·c)
 * @param V - their covariance, row-major
 * @param r - number of rows (≥ 2)
 * @param c - number of columns (≥ 2)
 * @param n - table size the Pearson statistic is scaled to
 * @returns Δ, (r−1)(c−1) square, or null when `Cᵀ D⁻¹ C` is singular
 * @example raoScottDelta(p, V, 2, 3, 16) // 2 × 2 matrix, trace 3.364 on the d1 fixture
 */
export function raoScottDelta(
  p: Float64Array,
  V: Float64Array,
  r: number,
  c: number,
  n: number,
): DenseMatrix | null {
  const K = r * c;
  const q = (r - 1) * (c - 1);
  const C = new Float64Array(K * q);
  for (let b = 0; b < c; b++) {
    for (let a = 0; a < r; a++) {
      for (let j = 1; j < c; j++) {
        for (let i = 1; i < r; i++) {
          C[(a + r * b) * q + (i - 1) + (r - 1) * (j - 1)] =
            ((a === i ? 1 : 0) - 1 / r) * ((b === j ? 1 : 0) - 1 / c);
        }
      }
    }
  }
  const dC = new Float64Array(K * q);
  for (let k = 0; k < K; k++) {
    const d = p[k]! === 0 ? 0 : 1 / p[k]!;
    for (let j = 0; j < q; j++) dC[k * q + j] = d * C[k * q + j]!;
  }
  const Cm: DenseMatrix = { rows: K, cols: q, data: C };
  const dCm: DenseMatrix = { rows: K, cols: q, data: dC };
  const denom = matMul(Cm, dCm, true);
  for (let j = 0; j < denom.data.length; j++) denom.data[j]! /= n;
  const numer = matMul(dCm, matMul({ rows: K, cols: K, data: V }, dCm), true);
  return solveLinear(denom, numer);
}
