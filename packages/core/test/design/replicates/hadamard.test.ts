import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { hadamardMatrix } from '../../../src/design/replicates/hadamard-matrix.ts';
import { hadamardOrder } from '../../../src/design/replicates/hadamard-order.ts';
import { expected } from './replicate-fixtures.ts';

const rOrders = expected.hadamard_orders as number[];

describe('hadamardOrder', () => {
  it('equals R’s nrow(survey:::hadamard(H)) for H = 1..199 strata', () => {
    for (let h = 1; h < 200; h++) expect([h, hadamardOrder(h)]).toEqual([h, rOrders[h - 1]]);
  });

  it('is never larger than R’s for 200..400 strata, and smaller where documented (208 < 212, 304 < 308)', () => {
    for (let h = 200; h <= 400; h++) expect(hadamardOrder(h)).toBeLessThanOrEqual(rOrders[h - 1]!);
    expect([hadamardOrder(200), rOrders[199]]).toEqual([208, 212]);
    expect([hadamardOrder(300), rOrders[299]]).toEqual([304, 308]);
  });
});

describe('hadamardMatrix', () => {
  it('every order hadamardOrder returns for up to 220 strata (≤ 224) is Hadamard (H Hᵀ = N I) with an all-ones first row', () => {
    const orders = new Set(Array.from({ length: 220 }, (_, h) => hadamardOrder(h + 1)));
    expect(orders.has(28) && orders.has(36) && orders.has(12) && orders.has(56)).toBe(true);
    for (const N of orders) {
      const m = hadamardMatrix(N);
      expect(m.length).toBe(N * N);
      for (let j = 0; j < N; j++) expect(m[j]).toBe(1);
      for (let a = 0; a < N; a++) {
        for (let b = a; b < N; b++) {
          let dot = 0;
          for (let j = 0; j < N; j++) dot += m[a * N + j]! * m[b * N + j]!;
          if (dot !== (a === b ? N : 0))
            throw new Error(`order ${N}: rows ${a} and ${b} have product ${dot}`);
        }
      }
    }
  });

  it('powers of 2 are Sylvester’s [[H, H], [H, −H]] (R’s matrices)', () => {
    expect([...hadamardMatrix(4)]).toEqual([1, 1, 1, 1, 1, -1, 1, -1, 1, 1, -1, -1, 1, -1, -1, 1]);
  });

  it('refuses orders it cannot build (52, 6)', () => {
    expect(() => hadamardMatrix(52)).toThrow(MinatError);
    expect(() => hadamardMatrix(6)).toThrow(/no Hadamard matrix of order 6/);
  });
});
