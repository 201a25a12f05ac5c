import { type SurveyDesign, stratifiedCovariance } from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replicateDesign } from '../../../src/design/replicates/replicate-design.ts';
import type { ReplicateDesign, ReplicateOptions } from '../../../src/design/replicates/replicate-types.ts';
import { replicateVariance } from '../../../src/design/replicates/replicate-variance.ts';
import { fixtureDesign } from '../../estimate/r-fixtures.ts';

/** A stratified cluster design from PSU sizes per stratum, with weights, a variable y and fractions f_h. */
function makeDesign(sizes: number[][], weights: number[], f: number[]): SurveyDesign {
  const stratum: number[] = [];
  const psu: number[] = [];
  const psuStratum: number[] = [];
  sizes.forEach((psus, h) => {
    for (const rows of psus) {
      for (let i = 0; i < rows; i++) {
        stratum.push(h);
        psu.push(psuStratum.length);
      }
      psuStratum.push(h);
    }
  });
  const n = stratum.length;
  return {
    n,
    weights: Float64Array.from({ length: n }, (_, i) => weights[i % weights.length]!),
    stratum: Int32Array.from(stratum),
    psu: Int32Array.from(psu),
    psuStratum: Int32Array.from(psuStratum),
    psuCount: Int32Array.from(sizes, (s) => s.length),
    fraction: Float64Array.from(sizes, (_, h) => f[h] ?? 0),
    strataLabels: sizes.map((_, h) => `S${h}`),
    psuLabels: psuStratum.map((_, p) => `P${p}`),
    lonelyPsu: 'fail',
    weighted: true,
    clustered: true,
    calibration: [],
    issues: [],
  };
}

/** Replicate and linearised variance of the weighted total of y. */
function totals(design: SurveyDesign, y: number[], rep: ReplicateDesign): [number, number] {
  const P = design.psuStratum.length;
  const Y = new Float64Array(P);
  for (let i = 0; i < design.n; i++) Y[design.psu[i]!]! += design.weights[i]! * y[i % y.length]!;
  const thetas = Float64Array.from({ length: rep.R }, (_, r) =>
    Y.reduce((s, t, p) => s + rep.multipliers[r * P + p]! * t, 0),
  );
  const full = Y.reduce((a, b) => a + b, 0);
  const replicate = replicateVariance(thetas, full, rep.scale, rep.rscales, rep.mse);
  return [replicate, stratifiedCovariance(design, Int32Array.from(Y.keys()), Y, 1)[0]!];
}

const weights = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 });
const ys = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 20 });

describe('replicate variance of a total equals the linearised variance where that is an identity', () => {
  // JKn: replicate (h, j) deviates from the total by −n_h/(n_h − 1)·(Y_hj − Ȳ_h); these average to 0, so
  // Σ (1 − f_h)(n_h − 1)/n_h · dev² = Σ (1 − f_h) n_h/(n_h − 1) Σ_j (Y_hj − Ȳ_h)², with either centring.
  // BRR/Fay with a Hadamard matrix: replicate r deviates by (1 − ρ) Σ_h ±(Y_h1 − Y_h2); rows of H are
  // orthogonal and balanced, so scale · Σ_r dev² = Σ_h (Y_h1 − Y_h2)², the linearised value for n_h = 2.
  it('JKn and JK1, any n_h ≥ 2 and sampling fractions, mse false or true', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.double({ min: 0, max: 0.9, noNaN: true }), { minLength: 8, maxLength: 8 }),
        weights,
        ys,
        fc.boolean(),
        (sizes, f, w, y, mse) => {
          const design = makeDesign(sizes, w, f);
          const type = sizes.length === 1 ? 'JK1' : 'JKn';
          const [replicate, linear] = totals(design, y, replicateDesign(design, { type, mse }));
          expect(replicate).toBeCloseTo(linear, 6);
          expect(Math.abs(replicate - linear)).toBeLessThanOrEqual(1e-9 * Math.max(1, linear));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('BRR and Fay with 1–60 strata of two PSUs (Hadamard orders 4–64, Sylvester and Paley)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 60,
        }),
        weights,
        ys,
        fc.constantFrom<ReplicateOptions>(
          { type: 'BRR' },
          { type: 'Fay', fayRho: 0.3 },
          { type: 'Fay', fayRho: 0.5 },
        ),
        (pairs, w, y, options) => {
          const design = makeDesign(pairs, w, []);
          const [replicate, linear] = totals(design, y, replicateDesign(design, options));
          expect(Math.abs(replicate - linear)).toBeLessThanOrEqual(1e-9 * Math.max(1, linear));
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('bootstrap variance of a total matches the linearised variance in expectation (fixed seed, loose bound)', () => {
  it('subbootstrap on d1 and Canty–Davison on equal n_h = 3, B = 4000, within 10%', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const de = survey.destination.levels.indexOf('DE');
    const y = Array.from(survey.destination.slots[0]!, (c) => (c === de ? 1 : 0));
    const [sub, linear] = totals(
      design,
      y,
      replicateDesign(design, { type: 'subbootstrap', replicates: 4000, seed: 1 }),
    );
    expect(Math.abs(sub / linear - 1)).toBeLessThan(0.1);
    const equal = makeDesign(
      [
        [2, 1, 3],
        [1, 1, 2],
        [2, 2, 1],
        [3, 1, 1],
      ],
      [10, 12, 8, 15, 9, 11, 20],
      [],
    );
    const yEqual = [1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1];
    const [boot, linearEqual] = totals(
      equal,
      yEqual,
      replicateDesign(equal, { type: 'bootstrap', replicates: 4000, seed: 1 }),
    );
    expect(Math.abs(boot / linearEqual - 1)).toBeLessThan(0.1);
  });
});
