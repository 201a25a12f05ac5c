import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaCdfBound } from '../../../src/estimate/ci/beta-tail-bound.ts';
import { betaCdf } from '../../../src/estimate/ci/quantiles.ts';

describe('betaCdfBound', () => {
  it('betaCdfBound(t, a, b) is never below I_t(a, b), for whole and fractional shapes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 50_000, noNaN: true }),
        fc.double({ min: 0.5, max: 50_000, noNaN: true }),
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        (a, b, t) => {
          const bound = betaCdfBound(t, a, b);
          const exact = betaCdf(t, a, b);
          expect(bound).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('betaCdfBound is exact where the tail is t^a (b = 1) and Infinity where it does not apply', () => {
    expect(betaCdfBound(0.2, 3, 1)).toBeCloseTo(0.008, 15);
    expect(betaCdfBound(0.5, 3, 1)).toBeCloseTo(0.125, 15);
    expect(betaCdfBound(0.5, 0.7, 3)).toBe(Number.POSITIVE_INFINITY); // ⌊a⌋ = 0
    expect(betaCdfBound(0.3, 10, 30)).toBe(Number.POSITIVE_INFINITY); // t above 10/39
    expect(betaCdfBound(0, 10, 30)).toBe(Number.POSITIVE_INFINITY);
  });

  it('betaCdfBound decides a province cell: 3% of n_eff 2000, its interval certainly above 0.005 below p̂', () => {
    // The lower Clopper–Pearson limit of x = 60 in n = 2000 is quantile(0.025) of Beta(60, 1941):
    // 0.0230. At 0.02 the bound is under 0.025, so the limit is certainly above 0.02.
    expect(betaCdfBound(0.02, 60, 1941)).toBeLessThan(0.025);
    expect(betaCdf(0.02, 60, 1941)).toBeLessThan(betaCdfBound(0.02, 60, 1941));
  });
});
