import type { DenseMatrix } from './linear-algebra/dense-matrix.ts';
import { matMul } from './linear-algebra/mat-mul.ts';
import { solveLinear } from './linear-algebra/solve-linear.ts';

/**
 * Koch's Wald statistic of independence for an r × c table of weighted totals (methods.md §7.2, R's
 * `svychisq(statistic="Wald")` before its division by the df): `Y = T_ab − T_a· T_·b / T` for rows
 * a ≥ 2 and columns b ≥ 2, with the covariance of Y by linearisation, `J V_T Jᵀ`, and
 * `W = Yᵀ (J V_T Jᵀ)⁻¹ Y`. Which reference row and column are left out does not change W.
 *
 * @param totals - cell totals, row-fastest (length r·c)
 * @param V - their covariance, row-major
 * @param r - number of rows (≥ 2)
 * @param c - number of columns (≥ 2)
 * @returns W, or null when the covariance of Y is singular
 * @example waldAssociation(totals, V, 2, 3) // 1.5415 on the d1 fixture (sex × destination)
 */
export function waldAssociation(totals: Float64Array, V: Float64Array, r: number, c: number): number | null {
  const K = r * c;
  const rowSum = new Float64Array(r);
  const colSum = new Float64Array(c);
  let N = 0;
  for (let b = 0; b < c; b++) {
    for (let a = 0; a < r; a++) {
      const t = totals[a + r * b]!;
      rowSum[a]! += t;
      colSum[b]! += t;
      N += t;
    }
  }
  const use: number[] = [];
  for (let b = 1; b < c; b++) for (let a = 1; a < r; a++) use.push(a + r * b);
  const q = use.length;
  const Y = new Float64Array(q);
  const J = new Float64Array(q * K);
  use.forEach((cell, u) => {
    const a = cell % r;
    const b = (cell - a) / r;
    Y[u] = totals[cell]! - (rowSum[a]! * colSum[b]!) / N;
    for (let l = 0; l < c; l++) {
      for (let k = 0; k < r; k++) {
        J[u * K + k + r * l] =
          (k === a && l === b ? 1 : 0) -
          ((k === a ? colSum[b]! : 0) + (l === b ? rowSum[a]! : 0)) / N +
          (rowSum[a]! * colSum[b]!) / (N * N);
      }
    }
  });
  const Jm: DenseMatrix = { rows: q, cols: K, data: J };
  const VJt = matMul({ rows: K, cols: K, data: V }, transpose(Jm));
  const x = solveLinear(matMul(Jm, VJt), { rows: q, cols: 1, data: Y });
  if (!x) return null;
  let W = 0;
  for (let u = 0; u < q; u++) W += Y[u]! * x.data[u]!;
  return W;
}

function transpose(m: DenseMatrix): DenseMatrix {
  const data = new Float64Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) data[j * m.rows + i] = m.data[i * m.cols + j]!;
  return { rows: m.cols, cols: m.rows, data };
}
