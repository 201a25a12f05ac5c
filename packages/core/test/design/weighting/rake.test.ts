import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { rake } from '../../../src/design/weighting/rake.ts';
import { rCase } from '../../estimate/r-fixtures.ts';
import { d1, deShare, expectWeights, extraCase, shares } from './calibration-fixtures.ts';

async function provSex() {
  const f = await d1();
  const margins = [
    { ...f.prov, population: f.provPop },
    { ...f.sex, population: f.sexPop },
  ];
  return { ...f, margins };
}

describe('rake', () => {
  it('T17 with R’s default control (rStopping): 2 passes, R’s weights, mean and SE', async () => {
    const { survey, design, margins } = await provSex();
    const e = rCase('T17').expect['default'];
    for (const options of [{ rStopping: true }, { epsilon: 1, maxit: 10 }]) {
      const r = rake(design, margins, options);
      expect(r.passes).toBe(2);
      expect(r.converged).toBe(true);
      expect(r.delta).toBeCloseTo(0.75, 1);
      expectWeights(r.design.weights, e['weights'] as number[], 9);
      const { estimate, se } = deShare(survey, r.design);
      expect(estimate).toBeCloseTo(e['estimate'], 12);
      expect(se).toBeCloseTo(e['se'], 12);
      expect(r.design.issues).toEqual([]);
    }
  });

  it('T17 converges tightly by default and then matches control=list(epsilon=1e-10, maxit=100)', async () => {
    const { survey, design, margins } = await provSex();
    const e = rCase('T17').expect['tight'];
    const r = rake(design, margins);
    expect(r.converged).toBe(true);
    expect(r.passes).toBeGreaterThan(2);
    expectWeights(r.design.weights, e['weights'] as number[], 9);
    const { estimate, se } = deShare(survey, r.design);
    expect(estimate).toBeCloseTo(e['estimate'], 12);
    expect(se).toBeCloseTo(e['se'], 12);
    expect(r.design.calibration).toHaveLength(1);
    expect(r.design.calibration[0]).toMatchObject({ kind: 'rake', margins: margins.map((m) => m.codes) });
    expect(design.calibration).toEqual([]);
  });

  it('maxit 1 stops unconverged with a rake-not-converged warning and R’s weights, mean and SE', async () => {
    const { survey, design, margins } = await provSex();
    const r = rake(design, margins, { epsilon: 1, maxit: 1 });
    expect(r).toMatchObject({ passes: 1, converged: false });
    expect(r.design.issues.map((i) => i.code)).toEqual(['rake-not-converged']);
    expect(r.design.issues[0]!.message).toMatch(/did not converge after 1 passes/);
    const e = extraCase('rake-maxit1');
    expectWeights(r.design.weights, e.nums('weights'), 9);
    const { estimate, se } = deShare(survey, r.design);
    expect(estimate).toBeCloseTo(e.num('estimate'), 12);
    expect(se).toBeCloseTo(e.num('se'), 12);
  });

  it('epsilon below 1 is relative to the input total weight, as R (epsilon 1e-4)', async () => {
    const { survey, design, margins } = await provSex();
    const r = rake(design, margins, { epsilon: 1e-4, maxit: 10 });
    const e = extraCase('rake-eps1e-4');
    expectWeights(r.design.weights, e.nums('weights'), 9);
    expect(deShare(survey, r.design).se).toBeCloseTo(e.num('se'), 12);
  });

  it('three margins (prov, sex, g) converged, and post-stratify then rake, match R', async () => {
    const f = await provSex();
    const three = rake(f.design, [...f.margins, { ...f.g, population: f.gPop }]);
    const e3 = extraCase('rake-3-margins-tight');
    expectWeights(three.design.weights, e3.nums('weights'), 9);
    expect(deShare(f.survey, three.design).estimate).toBeCloseTo(e3.num('estimate'), 12);
    expect(deShare(f.survey, three.design).se).toBeCloseTo(e3.num('se'), 12);
    const chained = rake(postStratify(f.design, f.sex, f.sexPop), f.margins).design;
    expect(chained.calibration.map((s) => s.kind)).toEqual(['post-stratify', 'rake']);
    const ec = extraCase('PS-sex-rake-tight');
    expect(deShare(f.survey, chained).estimate).toBeCloseTo(ec.num('estimate'), 12);
    expect(deShare(f.survey, chained).se).toBeCloseTo(ec.num('se'), 12);
  });

  it('R default raking: all destinations with covariance, domains by sex with covariance, domain g', async () => {
    const { survey, design, margins, sex, g } = await provSex();
    const raked = rake(design, margins, { rStopping: true }).design;
    const t = shares(survey, raked);
    const e = extraCase('rake-default-dest');
    const K = survey.destination.levels.length;
    const ks = e.strings('levels').map((l) => survey.destination.levels.indexOf(l === 'UK' ? 'GB' : l));
    const cov = t.groupCovariance(0);
    ks.forEach((k, a) => {
      if (k < 0) return;
      expect(t.cell(0, k).estimate).toBeCloseTo(e.nums('estimate')[a]!, 12);
      expect(Math.sqrt(t.cell(0, k).variance)).toBeCloseTo(e.nums('se')[a]!, 12);
      ks.forEach((k2, b) => {
        if (k2 >= 0) expect(cov[k * K + k2]).toBeCloseTo(e.nums('vcov')[a * 4 + b]!, 12);
      });
    });
    const de = survey.destination.levels.indexOf('DE');
    const bySex = shares(survey, raked, sex.codes, 2);
    const eb = extraCase('rake-default-by-sex');
    for (const s of [0, 1]) {
      expect(bySex.cell(s, de).estimate).toBeCloseTo(eb.nums('estimate')[s]!, 12);
      expect(Math.sqrt(bySex.cell(s, de).variance)).toBeCloseTo(eb.nums('se')[s]!, 12);
    }
    expect(bySex.covariance(0, de, 1, de)).toBeCloseTo(eb.num('cov'), 12);
    const dg = shares(
      survey,
      raked,
      Int32Array.from(g.codes, (c) => (c === 1 ? 0 : -1)),
    ).cell(0, de);
    expect(dg.estimate).toBeCloseTo(extraCase('rake-default-domain-g').num('estimate'), 12);
    expect(Math.sqrt(dg.variance)).toBeCloseTo(extraCase('rake-default-domain-g').num('se'), 12);
  });

  it('margins that cannot all be met: not converged, with a warning naming the margin cell (R reports convergence)', async () => {
    const { design, sex } = await provSex();
    // Row 0 (F) is alone in cell "y", which needs 100, but all of F may only weigh 50.
    const a = { codes: Int32Array.from({ length: 16 }, (_, i) => (i === 0 ? 1 : 0)), levels: ['x', 'y'] };
    const r = rake(design, [
      { ...a, population: { x: 400, y: 100 } },
      { ...sex, population: { F: 50, M: 450 } },
    ]);
    expect(r.converged).toBe(false);
    expect(r.passes).toBeLessThan(100);
    expect(r.design.issues).toHaveLength(1);
    expect(r.design.issues[0]!.message).toMatch(
      /cannot meet all margins: cell "[xy]" of raking margin 1 is off its population count by 50/,
    );
  });

  it.each([
    [{ epsilon: 0 }, /invalid epsilon 0: expected a number > 0/],
    [{ epsilon: Number.NaN }, /invalid epsilon null/],
    [{ maxit: 2.5 }, /invalid maxit 2.5: expected a whole number ≥ 1/],
    [{ rStopping: 'yes' }, /invalid rStopping "yes": expected one of true, false/],
  ])('throws option-invalid for %o', async (options, message) => {
    const { design, margins } = await provSex();
    expect(() => rake(design, margins, options as never)).toThrow(message);
    expect(() => rake(design, margins, options as never)).toThrow(MinatError);
  });

  it('throws calibration-invalid naming the margin and cell for a bad margin, and for no margins', async () => {
    const { design, margins } = await provSex();
    expect(() => rake(design, [margins[0]!, { ...margins[1]!, population: { F: 260 } }])).toThrow(
      /raking margin 2: cell "M" has weight [\d.]+ in the sample but no population count/,
    );
    const codes = Int32Array.from(margins[0]!.codes);
    codes[0] = -1;
    expect(() => rake(design, [{ ...margins[0]!, codes }])).toThrow(/raking margin 1: 1 rows have no cell/);
    expect(() => rake(design, [])).toThrow(/at least one margin/);
  });
});
