import type { DenseMatrix } from './dense-matrix.ts';

/**
 * Solves `A·X = B` for a small square `A` by Gaussian elimination with partial pivoting (R's
 * `solve(A, B)`; LAPACK's dgesv does the same). Inputs are not modified.
 *
 * @param a - square coefficient matrix
 * @param b - right-hand sides, one per column (`a.rows` rows)
 * @returns X, or null when A is singular to working precision (a pivot below 1e-13 times the
 *   largest absolute entry of A)
 * @example solveLinear({ rows: 2, cols: 2, data: Float64Array.of(2, 0, 0, 4) }, { rows: 2, cols: 1, data: Float64Array.of(2, 2) }) // [[1], [0.5]]
 */
export function solveLinear(a: DenseMatrix, b: DenseMatrix): DenseMatrix | null {
  const n = a.rows;
  if (a.cols !== n || b.rows !== n) {
    throw new RangeError(`solveLinear: A is ${a.rows} × ${a.cols} and B has ${b.rows} rows`);
  }
  const m = b.cols;
  const A = Float64Array.from(a.data);
  const X = Float64Array.from(b.data);
  let scale = 0;
  for (const v of A) scale = Math.max(scale, Math.abs(v));
  const tiny = scale * 1e-13;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(A[r * n + col]!) > Math.abs(A[pivot * n + col]!)) pivot = r;
    const p = A[pivot * n + col]!;
    if (!(Math.abs(p) > tiny)) return null;
    if (pivot !== col) {
      swapRows(A, n, pivot, col);
      swapRows(X, m, pivot, col);
    }
    for (let r = col + 1; r < n; r++) {
      const f = A[r * n + col]! / p;
      if (f === 0) continue;
      for (let j = col; j < n; j++) A[r * n + j]! -= f * A[col * n + j]!;
      for (let j = 0; j < m; j++) X[r * m + j]! -= f * X[col * m + j]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    for (let j = 0; j < m; j++) {
      let s = X[r * m + j]!;
      for (let c = r + 1; c < n; c++) s -= A[r * n + c]! * X[c * m + j]!;
      X[r * m + j] = s / A[r * n + r]!;
    }
  }
  return { rows: n, cols: m, data: X };
}

function swapRows(x: Float64Array, width: number, i: number, j: number): void {
  for (let c = 0; c < width; c++) {
    const t = x[i * width + c]!;
    x[i * width + c] = x[j * width + c]!;
    x[j * width + c] = t;
  }
}
