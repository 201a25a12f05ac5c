import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { replicateDesign } from '../../../src/design/replicates/replicate-design.ts';
import { replicateRatios } from '../../../src/design/replicates/replicate-ratios.ts';
import type { ReplicateDesign } from '../../../src/design/replicates/replicate-types.ts';
import { replicateVariance } from '../../../src/design/replicates/replicate-variance.ts';
import { fixtureColumn, fixtureDesign, rCase } from '../../estimate/r-fixtures.ts';
import {
  column,
  d1Subset,
  designFromText,
  expected,
  fixtureText,
  flat,
  shares,
} from './replicate-fixtures.ts';

/** Element-wise agreement to 13 decimals (R's JSON has 15 significant digits). */
function expectClose(actual: Float64Array, wanted: Float64Array) {
  expect(actual.length).toBe(wanted.length);
  actual.forEach((a, j) => {
    expect(a).toBeCloseTo(wanted[j]!, 13);
  });
}

type Built = Awaited<ReturnType<typeof fixtureDesign>>;

/** Variances of the shares of R's levels CA, DE, UK under a replicate design. */
function variances({ survey, design }: Built, rep: ReplicateDesign, levels = ['CA', 'DE', 'UK']) {
  const { K, table, k } = shares(survey, design);
  const thetas = replicateRatios(table, rep, K, 1);
  return levels.map((level) =>
    replicateVariance(
      column(thetas, rep.R, 1, K, 0, k(level)),
      table.cell(0, k(level)).estimate,
      rep.scale,
      rep.rscales,
      rep.mse,
    ),
  );
}

describe('replicateDesign reproduces R as.svrepdesign on d1 (T21)', () => {
  it('JKn: R’s multipliers and rscales, V(de) = 0.0035170563068, all levels, degf 5, mse variant', async () => {
    const built = await fixtureDesign('d1.csv');
    const rep = replicateDesign(built.design, { type: 'JKn' });
    const e = expected.jkn;
    expect(rep.R).toBe(8);
    expect([...rep.multipliers]).toEqual([...flat(e.multipliers)]);
    rep.rscales.forEach((s, r) => {
      expect(s).toBeCloseTo(e.rscales[r], 14);
    });
    expect(rep.scale).toBe(1);
    expect(variances(built, rep)[1]).toBeCloseTo(rCase('T21').expect['jkn_var'], 15);
    variances(built, rep).forEach((v, j) => {
      expect(v).toBeCloseTo(e.dest[j], 14);
    });
    expect(rep.df).toBe(rCase('T21').expect['jkn_df']);
    const mse = replicateDesign(built.design, { type: 'JKn', mse: true });
    expect(variances(built, mse)[1]).toBeCloseTo(e.de_mse, 15);
  });

  it('JK1 on the unstratified cluster design (ids = psu): V(de) = 0.0039471798494, scale 7/8, degf 7', async () => {
    const built = await fixtureDesign('d1.csv', { weight: 'w', psu: 'psu' });
    const rep = replicateDesign(built.design, { type: 'JK1' });
    expectClose(rep.multipliers, flat(expected.jk1.multipliers));
    expect(rep.scale).toBe(0.875);
    expect(variances(built, rep)[1]).toBeCloseTo(rCase('T21').expect['jk1_var'], 15);
    variances(built, rep).forEach((v, j) => {
      expect(v).toBeCloseTo(expected.jk1.dest[j], 14);
    });
    expect(rep.df).toBe(expected.jk1.degf);
  });

  it('BRR on PSUs 1,2,4,5,7,8: 4 replicates from Sylvester’s H4 as R, V(de) = 0.0053962391714, degf 3', async () => {
    const built = await designFromText(d1Subset([1, 2, 4, 5, 7, 8]));
    const rep = replicateDesign(built.design, { type: 'BRR' });
    expect(rep.R).toBe(rCase('T21').expect['brr_replicates']);
    expect([...rep.multipliers]).toEqual([...flat(expected.brr.multipliers)]);
    expect(rep.scale).toBe(0.25);
    expect(variances(built, rep)[1]).toBeCloseTo(rCase('T21').expect['brr_var'], 15);
    variances(built, rep).forEach((v, j) => {
      expect(v).toBeCloseTo(expected.brr.dest[j], 14);
    });
    expect(rep.df).toBe(expected.brr.degf);
  });

  it('Fay with rho 0.5 on the same subset: factors 1.5/0.5, scale 1, R’s variances', async () => {
    const built = await designFromText(d1Subset([1, 2, 4, 5, 7, 8]));
    const rep = replicateDesign(built.design, { type: 'Fay', fayRho: 0.5 });
    expect([...rep.multipliers]).toEqual([...flat(expected.fay.multipliers)]);
    expect(rep.scale).toBe(expected.fay.scale);
    variances(built, rep).forEach((v, j) => {
      expect(v).toBeCloseTo(expected.fay.dest[j], 14);
    });
    expect(rep.df).toBe(expected.fay.degf);
    expect(replicateDesign(built.design, { type: 'Fay' }).multipliers).toEqual(rep.multipliers);
  });

  it('BRR with 7 strata uses R’s order-8 matrix: same multipliers and V(de) = 0.00703132471862', async () => {
    const rows = expected.brr7.data as { st: string; psu: number; w: number; de: number }[];
    const text = [
      'st,psu,w,de,dest',
      ...rows.map((d) => `${d.st},${d.psu},${d.w},${d.de},${d.de ? 'DE' : 'FR'}`),
    ].join('\n');
    const built = await designFromText(text, { weight: 'w', strata: 'st', psu: 'psu' });
    const rep = replicateDesign(built.design, { type: 'BRR' });
    expect(rep.R).toBe(8);
    expect([...rep.multipliers]).toEqual([...flat(expected.brr7.multipliers)]);
    expect(variances(built, rep, ['DE'])[0]).toBeCloseTo(expected.brr7.de, 15);
    expect(rep.df).toBe(expected.brr7.degf);
  });

  it('JKn in domains keeps the full design: svyby(~de, ~sex) and the g == 1 domain with empty PSUs', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateDesign(design, { type: 'JKn' });
    const sex = await fixtureColumn('d1.csv', 'sex');
    const g = await fixtureColumn('d1.csv', 'g');
    const cases = [
      { group: Int32Array.from(sex, (s) => (s === 'F' ? 0 : 1)), G: 2, want: expected.jkn_by_sex.variance },
      { group: Int32Array.from(g, (x) => (x === '1' ? 0 : -1)), G: 1, want: [expected.jkn_domain_g1.de] },
    ];
    for (const { group, G, want } of cases) {
      const { K, table, k } = shares(survey, design, group, G);
      const thetas = replicateRatios(table, rep, K, G);
      want.forEach((v: number, gi: number) => {
        const full = table.cell(gi, k('DE')).estimate;
        const got = replicateVariance(column(thetas, rep.R, G, K, gi, k('DE')), full, 1, rep.rscales, false);
        expect(got).toBeCloseTo(v, 15);
      });
    }
    expect(expected.jkn_by_sex.levels).toEqual(['F', 'M']);
  });

  it('JKn and JK1 with fpc: rscales (1 − f_h)(n_h − 1)/n_h and scale (1 − f)(n − 1)/n, R’s variances', async () => {
    const jkn = await fixtureDesign('d1.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      fpc: { column: 'N' },
    });
    const rep = replicateDesign(jkn.design, { type: 'JKn' });
    rep.rscales.forEach((s, r) => {
      expect(s).toBeCloseTo(expected.jkn_fpc.rscales[r], 14);
    });
    variances(jkn, rep).forEach((v, j) => {
      expect(v).toBeCloseTo(expected.jkn_fpc.dest[j], 14);
    });
    const text = fixtureText('d1.csv')
      .trim()
      .split('\n')
      .map((line, i) => `${line},${i === 0 ? 'N20' : 20}`)
      .join('\n');
    const jk1 = await designFromText(text, { weight: 'w', psu: 'psu', fpc: { column: 'N20' } });
    const rep1 = replicateDesign(jk1.design, { type: 'JK1' });
    expect(rep1.scale).toBeCloseTo(expected.jk1_fpc20.scale, 15);
    variances(jk1, rep1).forEach((v, j) => {
      expect(v).toBeCloseTo(expected.jk1_fpc20.dest[j], 14);
    });
  });

  it('JKn with a lonely PSU (d2) follows the design option as R: remove, certainty, adjust, average', async () => {
    for (const option of ['remove', 'certainty', 'adjust', 'average'] as const) {
      const built = await fixtureDesign('d2-lonely-psu.csv', undefined, option);
      const rep = replicateDesign(built.design, { type: 'JKn' });
      const e = expected.jkn_lonely[option];
      expect(rep.R).toBe(e.replicates);
      expect(rep.scale).toBe(e.scale);
      expectClose(rep.multipliers, flat(e.multipliers));
      expect(variances(built, rep)[1]).toBeCloseTo(e.de, 15);
      expect(rep.df).toBe(e.degf);
    }
  });
});

describe('replicateDesign rejects what it cannot do, naming value and alternatives', () => {
  it('an unknown type, replicates or fayRho where they do not apply, a bad rho, seed or count', async () => {
    const { design } = await fixtureDesign('d1.csv');
    const cases: [object, RegExp][] = [
      [
        { type: 'jackknife' },
        /invalid replicate type "jackknife": expected one of JK1, JKn, BRR, Fay, bootstrap, subbootstrap/,
      ],
      [{ type: 'JKn', replicates: 100 }, /invalid replicates 100: .*type JKn has a fixed number/],
      [{ type: 'BRR', fayRho: 0.5 }, /fayRho applies to type Fay only/],
      [{ type: 'Fay', fayRho: 1 }, /invalid fayRho 1: expected a number in \(0, 1\)/],
      [{ type: 'bootstrap', replicates: 1 }, /invalid replicates 1: expected an integer ≥ 2/],
      [{ type: 'bootstrap', seed: -3 }, /invalid seed -3/],
      [{ type: 'JKn', mse: 'yes' }, /invalid mse "yes"/],
    ];
    for (const [options, message] of cases) {
      const error = (() => {
        try {
          replicateDesign(design, options as never);
        } catch (e) {
          return e;
        }
      })() as MinatError;
      expect(error).toBeInstanceOf(MinatError);
      expect(error.code).toBe('option-invalid');
      expect(error.message).toMatch(message);
    }
  });

  it('JK1 on a stratified design suggests JKn; BRR names the stratum without two PSUs', async () => {
    const { design } = await fixtureDesign('d1.csv');
    expect(() => replicateDesign(design, { type: 'JK1' })).toThrow(
      /"JK1" is for unstratified designs.*use "JKn"/,
    );
    expect(() => replicateDesign(design, { type: 'BRR' })).toThrow(/stratum "A" has 3/);
  });

  it('a lonely PSU: JKn under fail names the stratum; the bootstraps ask to collapse strata', async () => {
    const built = await fixtureDesign('d2-lonely-psu.csv', undefined, 'adjust');
    const failing = { ...built.design, lonelyPsu: 'fail' as const };
    expect(() => replicateDesign(failing, { type: 'JKn' })).toThrow(/stratum "D" has only one PSU/);
    for (const type of ['bootstrap', 'subbootstrap'] as const) {
      const error = (() => {
        try {
          replicateDesign(built.design, { type, replicates: 10 });
        } catch (e) {
          return e;
        }
      })() as MinatError;
      expect(error.code).toBe('design-lonely-psu');
      expect(error.message).toMatch(/stratum "D" has only one PSU.*collapse it with a similar stratum/);
    }
  });

  it('BRR with an fpc warns that the sampling fractions are ignored', async () => {
    const built = await designFromText(
      d1Subset([1, 2, 4, 5, 7, 8])
        .split('\n')
        .map((l, i) => (i === 0 ? `${l},N10` : `${l},10`))
        .join('\n'),
      { weight: 'w', strata: 'prov', psu: 'psu', fpc: { column: 'N10' } },
    );
    const rep = replicateDesign(built.design, { type: 'BRR' });
    expect(rep.issues.map((i) => i.code)).toEqual(['replicate-fpc-ignored']);
    expect(replicateDesign(built.design, { type: 'JKn' }).issues).toEqual([]);
  });
});
