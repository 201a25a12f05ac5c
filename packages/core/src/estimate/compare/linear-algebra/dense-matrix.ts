/**
 * A small dense matrix, row-major: entry (i, j) is `data[i * cols + j]`. Used for the few-by-few
 * matrices of the tests of association (a 2 × 3 table gives 2 × 2 design-effect matrices).
 *
 * @example const identity: DenseMatrix = { rows: 2, cols: 2, data: Float64Array.of(1, 0, 0, 1) };
 */
export interface DenseMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}
