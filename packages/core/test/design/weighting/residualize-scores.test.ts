import { stratifiedCovariance } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { rake } from '../../../src/design/weighting/rake.ts';
import { residualizeScores } from '../../../src/design/weighting/residualize-scores.ts';
import { fixtureColumn, rCase } from '../../estimate/r-fixtures.ts';
import { d1, deShare, extraCase } from './calibration-fixtures.ts';

describe('residualizeScores', () => {
  it('T16: the total of de after postStratify on sex has R’s SE (scores w·de residualised, summed to PSUs)', async () => {
    const { design, sex, sexPop } = await d1();
    const ps = postStratify(design, sex, sexPop);
    const de = (await fixtureColumn('d1.csv', 'dest')).map((d) => (d === 'DE' ? 1 : 0));
    const z = Float64Array.from(de, (y, i) => ps.weights[i]! * y);
    expect(z.reduce((a, b) => a + b, 0)).toBeCloseTo(rCase('T16').expect['total'], 9);
    const residual = residualizeScores(ps, z);
    const P = ps.psuStratum.length;
    const totals = new Float64Array(P);
    residual.forEach((r, i) => {
      totals[ps.psu[i]!]! += r;
    });
    const V = stratifiedCovariance(
      ps,
      Int32Array.from({ length: P }, (_, p) => p),
      totals,
      1,
    );
    expect(Math.sqrt(V[0]!)).toBeCloseTo(rCase('T16').expect['total_se'], 9);
  });

  it('post-stratification residuals sum to zero, weighted by u, in every cell; by hand on two cells', async () => {
    const { design, sex, sexPop } = await d1();
    const ps = postStratify(design, sex, sexPop);
    const z = Float64Array.from({ length: 16 }, (_, i) => (i % 3) - 1);
    const r = residualizeScores(ps, z);
    for (const cell of [0, 1]) {
      let s = 0;
      let u = 0;
      let wsum = 0;
      sex.codes.forEach((c, i) => {
        if (c !== cell) return;
        s += r[i]!;
        u += z[i]!;
        wsum += ps.weights[i]!;
      });
      expect(s).toBeCloseTo(0, 12);
      // z' = z − w · Σz/Σw within the cell.
      sex.codes.forEach((c, i) => {
        if (c === cell) expect(r[i]).toBeCloseTo(z[i]! - (ps.weights[i]! * u) / wsum, 12);
      });
    }
  });

  it('raking residuals have zero unweighted mean of u = z/w over every margin cell', async () => {
    const { design, sex, sexPop, prov, provPop } = await d1();
    const raked = rake(design, [
      { ...prov, population: provPop },
      { ...sex, population: sexPop },
    ]).design;
    const z = Float64Array.from({ length: 16 }, (_, i) => Math.sin(i + 1));
    const r = residualizeScores(raked, z);
    for (const m of [prov, sex]) {
      for (let c = 0; c < m.levels.length; c++) {
        let s = 0;
        m.codes.forEach((code, i) => {
          if (code === c) s += r[i]! / raked.weights[i]!;
        });
        expect(Math.abs(s)).toBeLessThan(1e-9);
      }
    }
  });

  it('K interleaved columns give the same residuals as one column at a time', async () => {
    const { design, sex, sexPop } = await d1();
    const ps = postStratify(design, sex, sexPop);
    const a = Float64Array.from({ length: 16 }, (_, i) => i * 0.1);
    const b = Float64Array.from({ length: 16 }, (_, i) => (i % 2) * 3);
    const both = residualizeScores(
      ps,
      Float64Array.from({ length: 32 }, (_, j) => (j % 2 ? b : a)[j >> 1]!),
      2,
    );
    const ra = residualizeScores(ps, a);
    const rb = residualizeScores(ps, b);
    for (let i = 0; i < 16; i++) {
      expect(both[2 * i]).toBeCloseTo(ra[i]!, 14);
      expect(both[2 * i + 1]).toBeCloseTo(rb[i]!, 14);
    }
  });

  it('without calibration returns a copy of the scores; a wrong length throws calibration-invalid', async () => {
    const { design } = await d1();
    const z = Float64Array.of(...Array.from({ length: 16 }, (_, i) => i));
    const r = residualizeScores(design, z);
    expect(r).toEqual(z);
    expect(r).not.toBe(z);
    expect(() => residualizeScores(design, new Float64Array(15))).toThrow(
      /15 values for 16 rows × 1 columns/,
    );
  });

  it('zero-weight rows get residual 0 and leave the cell means: same SE as R with those rows dropped', async () => {
    const { survey, design, sex, sexPop } = await d1();
    const weights = Float64Array.from(design.weights);
    weights[1] = 0;
    weights[8] = 0;
    const ps = postStratify({ ...design, weights }, sex, sexPop);
    const e = extraCase('PS-sex-zero-weights');
    const { estimate, se } = deShare(survey, ps);
    expect(estimate).toBeCloseTo(e.num('estimate'), 12);
    expect(se).toBeCloseTo(e.num('se'), 12);
    expect(Math.abs(se - e.num('se_r'))).toBeGreaterThan(1e-5);
  });
});
