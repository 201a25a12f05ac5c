import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CiInput } from '../../../src/estimate/ci/ci-input.ts';
import type { CiMethod } from '../../../src/estimate/ci/ci-method.ts';
import { ciMethods } from '../../../src/estimate/ci/ci-methods.ts';
import { proportionInterval } from '../../../src/estimate/ci/proportion-interval.ts';

const METHODS: CiMethod[] = [
  'logit',
  'likelihood',
  'asin',
  'beta',
  'mean',
  'xlogit',
  'wilson',
  'clopper-pearson',
];

/** Interior inputs as designs produce them: 0 < p < 1, V > 0, 1 <= df <= n − 1 (or Infinity). */
const interior: fc.Arbitrary<CiInput> = fc
  .record({
    estimate: fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
    nEffRatio: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    n: fc.integer({ min: 2, max: 100_000 }),
    dfShare: fc.double({ min: 0, max: 1, noNaN: true }),
    normal: fc.boolean(),
    weighted: fc.boolean(),
  })
  .map(({ estimate, nEffRatio, n, dfShare, normal, weighted }) => {
    const df = 1 + Math.floor(dfShare * (n - 2));
    return {
      estimate,
      // V such that n_eff = p(1−p)/V ranges from n/1000 (large design effect) to 1000·n
      variance: (estimate * (1 - estimate)) / (n * nEffRatio),
      df: normal ? Number.POSITIVE_INFINITY : df,
      degfDesign: df,
      level: 0.95,
      n,
      weighted,
    };
  });

describe('ciMethods registry', () => {
  it('ciMethods lists the eight CiMethod names in order, each with English and Indonesian descriptions', () => {
    expect(Object.keys(ciMethods)).toEqual(METHODS);
    for (const m of METHODS) {
      expect(ciMethods[m].description.en.length).toBeGreaterThan(20);
      expect(ciMethods[m].description.id.length).toBeGreaterThan(20);
    }
  });

  it('ciMethods.xlogit.compute(d1-like input) equals ciMethods.logit.compute (R: to ~1e-10)', () => {
    const input = { estimate: 0.3, variance: 0.002, df: 12, level: 0.9, n: 80, weighted: true };
    expect(ciMethods.xlogit.compute(input)).toEqual(ciMethods.logit.compute(input));
  });
});

describe('proportionInterval properties (fast-check)', () => {
  it('proportionInterval(random interior input, every method) gives 0 <= low <= p <= high <= 1', () => {
    fc.assert(
      fc.property(interior, fc.constantFrom(...METHODS), (input, method) => {
        const r = proportionInterval(input, method);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.low).toBeLessThanOrEqual(input.estimate);
        expect(r.high).toBeGreaterThanOrEqual(input.estimate);
        expect(r.high).toBeLessThanOrEqual(1);
        if (r.low === r.high) expect(r.flags.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('proportionInterval(random input, every method) at level 0.99 contains the 0.95 interval', () => {
    fc.assert(
      fc.property(interior, fc.constantFrom(...METHODS), (input, method) => {
        const r95 = proportionInterval(input, method);
        const r99 = proportionInterval({ ...input, level: 0.99 }, method);
        expect(r99.low).toBeLessThanOrEqual(r95.low);
        expect(r99.high).toBeGreaterThanOrEqual(r95.high);
      }),
      { numRuns: 2000 },
    );
  });

  it('proportionInterval(p = 0 or 1, V = 0, random n, every method) is Clopper–Pearson on n flagged boundary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        fc.constantFrom(...METHODS),
        (n, one, method) => {
          const r = proportionInterval(
            { estimate: one ? 1 : 0, variance: 0, df: 3, level: 0.95, n, weighted: true },
            method,
          );
          const edge = 1 - 0.025 ** (1 / n);
          expect(r.flags).toEqual(['boundary']);
          expect(one ? 1 - r.low : r.high).toBeCloseTo(edge, 14);
          expect(one ? r.high : r.low).toBe(one ? 1 : 0);
        },
      ),
    );
  });
});
