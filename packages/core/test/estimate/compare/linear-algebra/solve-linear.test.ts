import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DenseMatrix } from '../../../../src/estimate/compare/linear-algebra/dense-matrix.ts';
import { matMul } from '../../../../src/estimate/compare/linear-algebra/mat-mul.ts';
import { solveLinear } from '../../../../src/estimate/compare/linear-algebra/solve-linear.ts';

const m = (rows: number, cols: number, ...v: number[]): DenseMatrix => ({
  rows,
  cols,
  data: Float64Array.from(v),
});

describe('solveLinear', () => {
  it('solveLinear on a 3 × 3 system returns the exact solution (1, −2, 3)', () => {
    const a = m(3, 3, 2, 1, -1, -3, -1, 2, -2, 1, 2);
    // b = A·(1, −2, 3) = (2 − 2 − 3, −3 + 2 + 6, −2 − 2 + 6)
    const x = solveLinear(a, m(3, 1, -3, 5, 2))!;
    expect(Array.from(x.data)).toEqual([1, -2, 3].map((v) => expect.closeTo(v, 14)));
  });

  it('solveLinear needs a row swap when the first pivot is 0 and still solves it', () => {
    const x = solveLinear(m(2, 2, 0, 1, 1, 0), m(2, 2, 5, 6, 7, 8))!;
    expect(Array.from(x.data)).toEqual([7, 8, 5, 6]);
  });

  it('solveLinear returns null for a singular matrix (second row twice the first)', () => {
    expect(solveLinear(m(2, 2, 1, 2, 2, 4), m(2, 1, 1, 2))).toBeNull();
    expect(solveLinear(m(2, 2, 0, 0, 0, 0), m(2, 1, 0, 0))).toBeNull();
  });

  it('solveLinear rejects a non-square A', () => {
    expect(() => solveLinear(m(1, 2, 1, 2), m(1, 1, 1))).toThrow(RangeError);
  });

  it('solveLinear inverts A·X for random diagonally dominant A (property, 1e-9)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 72, maxLength: 72 }),
        (n, v) => {
          const a = m(n, n, ...v.slice(0, n * n));
          for (let i = 0; i < n; i++) a.data[i * n + i]! += n + 1;
          const x = m(n, 2, ...v.slice(36, 36 + 2 * n));
          const got = solveLinear(a, matMul(a, x))!;
          for (let j = 0; j < got.data.length; j++) expect(got.data[j]).toBeCloseTo(x.data[j]!, 9);
        },
      ),
    );
  });
});

describe('matMul', () => {
  it('matMul multiplies 2 × 3 by 3 × 2 and, with transposeA, uses Aᵀ', () => {
    const a = m(2, 3, 1, 2, 3, 4, 5, 6);
    const b = m(3, 2, 7, 8, 9, 10, 11, 12);
    expect(Array.from(matMul(a, b).data)).toEqual([58, 64, 139, 154]);
    const at = m(3, 2, 1, 4, 2, 5, 3, 6);
    expect(matMul(at, b, true)).toEqual(matMul(a, b));
    expect(() => matMul(a, a)).toThrow(RangeError);
  });
});
