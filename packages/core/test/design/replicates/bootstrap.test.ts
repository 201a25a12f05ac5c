import { describe, expect, it } from 'vitest';
import { replicateDesign } from '../../../src/design/replicates/replicate-design.ts';
import { replicateRank } from '../../../src/design/replicates/replicate-rank.ts';
import { replicateRatios } from '../../../src/design/replicates/replicate-ratios.ts';
import type { ReplicateDesign } from '../../../src/design/replicates/replicate-types.ts';
import { replicateVariance } from '../../../src/design/replicates/replicate-variance.ts';
import { fixtureDesign } from '../../estimate/r-fixtures.ts';
import { column, designFromText, expected, fixtureText, flat, shares } from './replicate-fixtures.ts';

describe('bootstrap replicates (Canty–Davison) and subbootstrap (Rao–Wu)', () => {
  it('bootstrap scale n̄/(n̄ − 1)/(B − 1) with n̄ the harmonic mean of n_h = 3, 3, 2 equals R’s', async () => {
    const { design } = await fixtureDesign('d1.csv');
    const rep = replicateDesign(design, { type: 'bootstrap', replicates: 50, seed: 3 });
    expect(rep.scale).toBeCloseTo(expected.bootstrap.scale, 15);
    expect(rep.scale).toBeCloseTo(18 / 11 / 49, 15);
    expect(replicateDesign(design, { type: 'subbootstrap', replicates: 50 }).scale).toBe(1 / 49);
  });

  it('R’s seeded bootstrap multipliers (8 PSUs × 50) through replicateRatios give R’s variances and degf 5', async () => {
    const built = await fixtureDesign('d1.csv');
    const e = expected.bootstrap;
    const rep: ReplicateDesign = {
      type: 'bootstrap',
      R: 50,
      multipliers: flat(e.multipliers),
      scale: e.scale,
      rscales: new Float64Array(50).fill(1),
      mse: false,
      df: 5,
      issues: [],
    };
    const { K, table, k } = shares(built.survey, built.design);
    const thetas = replicateRatios(table, rep, K, 1);
    ['CA', 'DE', 'UK'].forEach((level, j) => {
      {
        const v = replicateVariance(column(thetas, 50, 1, K, 0, k(level)), 0, rep.scale, rep.rscales, false);
        expect(v).toBeCloseTo(e.dest[j], 15);
      }
    });
    const squares = new Float64Array(8);
    built.design.psu.forEach((p, i) => {
      squares[p]! += built.design.weights[i]! ** 2;
    });
    expect(replicateRank(rep.multipliers, 50, 8, squares) - 1).toBe(e.degf);
  });

  it('multipliers: counts summing to n_h per stratum (bootstrap) or n_h − 1 draws × n_h/(n_h − 1) (subbootstrap)', async () => {
    const { design } = await fixtureDesign('d1.csv');
    const strata = [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7],
    ];
    for (const type of ['bootstrap', 'subbootstrap'] as const) {
      const rep = replicateDesign(design, { type, replicates: 40, seed: 11 });
      for (let r = 0; r < 40; r++) {
        for (const psus of strata) {
          const nh = psus.length;
          const m = psus.map((p) => rep.multipliers[r * 8 + p]!);
          const draws = m.map((x) => (type === 'bootstrap' ? x : (x * (nh - 1)) / nh));
          for (const d of draws) expect(Number.isInteger(Math.round(d * 1e9) / 1e9)).toBe(true);
          expect(draws.reduce((a, b) => a + b, 0)).toBeCloseTo(type === 'bootstrap' ? nh : nh - 1, 12);
        }
      }
      expect(rep.df).toBe(5);
    }
  });

  it('same seed → identical multipliers; another seed → different; a longer run starts with the shorter one', async () => {
    const { design } = await fixtureDesign('d1.csv');
    for (const type of ['bootstrap', 'subbootstrap'] as const) {
      const a = replicateDesign(design, { type, replicates: 100, seed: 20240601 });
      const b = replicateDesign(design, { type, replicates: 100, seed: 20240601 });
      const c = replicateDesign(design, { type, replicates: 100, seed: 20240602 });
      const d = replicateDesign(design, { type, replicates: 300, seed: 20240601 });
      expect(b.multipliers).toEqual(a.multipliers);
      expect(c.multipliers).not.toEqual(a.multipliers);
      expect(d.multipliers.subarray(0, a.multipliers.length)).toEqual(a.multipliers);
    }
  });

  it('every PSU’s multiplier has mean 1 over 4000 replicates (fixed seed; bound 6 standard errors)', async () => {
    const { design } = await fixtureDesign('d1.csv');
    for (const type of ['bootstrap', 'subbootstrap'] as const) {
      const B = 4000;
      const rep = replicateDesign(design, { type, replicates: B, seed: 99 });
      for (let p = 0; p < 8; p++) {
        let sum = 0;
        for (let r = 0; r < B; r++) sum += rep.multipliers[r * 8 + p]!;
        // multiplier variance ≤ 1 for both schemes (1 − 1/n_h and 1), so SE of the mean ≤ 1/√B
        expect(Math.abs(sum / B - 1)).toBeLessThan(6 / Math.sqrt(B));
      }
    }
  });

  it('with an fpc, the bootstrap draws without replacement from N_h PSU copies; f = 1 strata never vary', async () => {
    // N = 6, 10, 4 PSUs in strata A, B, C; make C a certainty stratum (N = n = 2)
    const text = fixtureText('d1.csv')
      .replace(/,4,(\d)\n/g, ',2,$1\n')
      .replace(/,4,(\d)$/, ',2,$1');
    const built = await designFromText(text, {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      fpc: { column: 'N' },
    });
    expect([...built.design.fraction]).toEqual([0.5, 0.3, 1]);
    const rep = replicateDesign(built.design, { type: 'bootstrap', replicates: 2000, seed: 5 });
    let atMostTwo = true;
    let sumA = 0;
    for (let r = 0; r < 2000; r++) {
      expect([rep.multipliers[r * 8 + 6], rep.multipliers[r * 8 + 7]]).toEqual([1, 1]);
      // stratum A: 3 draws without replacement from 6 copies (each PSU twice), so no PSU thrice
      for (const p of [0, 1, 2]) {
        atMostTwo &&= rep.multipliers[r * 8 + p]! <= 2;
        sumA += rep.multipliers[r * 8 + p]!;
      }
    }
    expect(atMostTwo).toBe(true);
    expect(sumA).toBe(3 * 2000);
  });
});
