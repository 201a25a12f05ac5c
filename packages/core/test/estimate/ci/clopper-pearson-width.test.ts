import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clopperPearson } from '../../../src/estimate/ci/clopper-pearson.ts';
import {
  clopperPearsonBeyond,
  clopperPearsonWithin,
} from '../../../src/estimate/ci/clopper-pearson-width.ts';

// Reference: the interval itself (R binom.test / qbeta, which clopperPearson reproduces).
/** Random effective counts and widths: `check` true for (x, n, w) whenever `claims` it. */
function neverWrong(
  claims: (x: number, n: number, w: number) => boolean,
  check: (width: number, w: number) => void,
  seed: number,
) {
  fc.assert(
    fc.property(
      fc.double({ min: 2, max: 200_000, noNaN: true }),
      fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true }),
      fc.double({ min: 0.001, max: 0.5, noNaN: true }),
      (n, p, w) => {
        if (claims(p * n, n, w)) check(width(p * n, n), w);
      },
    ),
    { numRuns: 3000, seed },
  );
}

const width = (x: number, n: number) => {
  const ci = clopperPearson(x, n, 0.95);
  return ci.high - ci.low;
};

describe('clopperPearsonWithin', () => {
  it('is certain for clearly narrow intervals and not for wide ones', () => {
    // 500 of 5000: 0.0918–0.1086, width 0.0168.
    expect(width(500, 5000)).toBeCloseTo(0.0168, 3);
    expect(clopperPearsonWithin(500, 5000, 0.95, 0.05)).toBe(true);
    // 10 of 100: 0.049–0.176, width 0.127.
    expect(clopperPearsonWithin(10, 100, 0.95, 0.05)).toBe(false);
    expect(clopperPearsonWithin(10, 100, 0.95, 0.3)).toBe(true);
    // A large n by the sub-Gaussian bound alone: at most 1/(n+1) + √(2 ln 40/(n+2)) = 0.0086 here.
    expect(clopperPearsonWithin(50_000, 100_000, 0.95, 0.009)).toBe(true);
    expect(width(50_000, 100_000)).toBeLessThan(0.009);
    // Not for the boundaries, which the caller handles.
    expect(clopperPearsonWithin(0, 5000, 0.95, 0.05)).toBe(false);
    expect(clopperPearsonWithin(5000, 5000, 0.95, 0.05)).toBe(false);
  });

  it('never says "within" for an interval wider than the width (effective counts, any width)', () => {
    neverWrong(
      (x, n, w) => clopperPearsonWithin(x, n, 0.95, w),
      (exact, w) => expect(exact).toBeLessThanOrEqual(w),
      20261201,
    );
  });

  it('never errs at the edge: widths just around the interval’s own', () => {
    for (const [x, n] of [
      [500, 5000],
      [37.3, 412.8],
      [3, 90],
      [1990, 2000],
    ] as const) {
      const w = width(x, n);
      expect(clopperPearsonWithin(x, n, 0.95, w * (1 - 1e-9))).toBe(false);
      expect(clopperPearsonWithin(x, n, 0.95, w * 0.99)).toBe(false);
    }
  });
});

describe('clopperPearsonBeyond', () => {
  it('is certain for clearly wide intervals and not for narrow ones', () => {
    // 10 of 100: 0.049–0.176, width 0.127.
    expect(width(10, 100)).toBeCloseTo(0.127, 3);
    expect(clopperPearsonBeyond(10, 100, 0.95, 0.1)).toBe(true);
    expect(clopperPearsonBeyond(10, 100, 0.95, 0.2)).toBe(false);
    expect(clopperPearsonBeyond(500, 5000, 0.95, 0.05)).toBe(false);
    expect(clopperPearsonBeyond(0, 100, 0.95, 0.01)).toBe(false);
  });

  it('never says "beyond" for an interval narrower than the width (effective counts, any width)', () => {
    neverWrong(
      (x, n, w) => clopperPearsonBeyond(x, n, 0.95, w),
      (exact, w) => expect(exact).toBeGreaterThan(w),
      20261203,
    );
  });

  it('never errs at the edge: widths just around the interval’s own', () => {
    for (const [x, n] of [
      [10, 100],
      [3, 90],
      [37.3, 412.8],
    ] as const) {
      const w = width(x, n);
      expect(clopperPearsonBeyond(x, n, 0.95, w * (1 + 1e-9))).toBe(false);
      expect(clopperPearsonBeyond(x, n, 0.95, w)).toBe(false);
    }
  });
});
