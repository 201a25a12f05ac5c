import type { DenseMatrix } from './dense-matrix.ts';

/**
 * Matrix product `A·B`, or `Aᵀ·B` when `transposeA` is set (saves building the transpose).
 *
 * @param a - left factor (its transpose when `transposeA`)
 * @param b - right factor
 * @param transposeA - multiply by the transpose of `a` (default false)
 * @returns a new matrix; throws a `RangeError` when the inner dimensions differ (a programming error)
 * @example matMul({ rows: 1, cols: 2, data: Float64Array.of(1, 2) }, { rows: 2, cols: 1, data: Float64Array.of(3, 4) }) // [[11]]
 */
export function matMul(a: DenseMatrix, b: DenseMatrix, transposeA = false): DenseMatrix {
  const rows = transposeA ? a.cols : a.rows;
  const inner = transposeA ? a.rows : a.cols;
  if (inner !== b.rows) throw new RangeError(`matMul: inner dimensions ${inner} and ${b.rows} differ`);
  const out = new Float64Array(rows * b.cols);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < inner; k++) {
      const x = transposeA ? a.data[k * a.cols + i]! : a.data[i * a.cols + k]!;
      if (x === 0) continue;
      for (let j = 0; j < b.cols; j++) out[i * b.cols + j]! += x * b.data[k * b.cols + j]!;
    }
  }
  return { rows, cols: b.cols, data: out };
}
