import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { rCase } from '../../estimate/r-fixtures.ts';
import { d1, deShare, expectWeights, extraCase, shares } from './calibration-fixtures.ts';

describe('postStratify', () => {
  it('T16: postStratify(des, ~sex, F=260 M=240) gives R’s mean and SE of de', async () => {
    const { survey, design, sex, sexPop } = await d1();
    const { estimate, se } = deShare(survey, postStratify(design, sex, sexPop));
    expect(estimate).toBeCloseTo(rCase('T16').expect['estimate'], 12);
    expect(se).toBeCloseTo(rCase('T16').expect['se'], 12);
  });

  it('scales each cell to its population count and records the step, without touching the input', async () => {
    const { design, sex, sexPop } = await d1();
    const before = Float64Array.from(design.weights);
    const ps = postStratify(design, sex, sexPop);
    // By hand: Σw_F = 10+8+9+18+25+21+30+35 = 156.
    expect(ps.weights[0]).toBeCloseTo((10 * 260) / 156, 12);
    // Σw_M = 12+15+11+20+22+19+28+32 = 159.
    expect(ps.weights[1]).toBeCloseTo((12 * 240) / 159, 12);
    expect(design.weights).toEqual(before);
    expect(design.calibration).toEqual([]);
    expect(ps.calibration).toHaveLength(1);
    expect(ps.calibration[0]).toMatchObject({ kind: 'post-stratify', cells: sex.codes });
  });

  it('postStratify twice: the variance residualises on the steps in the order applied, as R', async () => {
    const { survey, design, sex, sexPop, prov, provPop } = await d1();
    const sp = postStratify(postStratify(design, sex, sexPop), prov, provPop);
    const pst = postStratify(postStratify(design, prov, provPop), sex, sexPop);
    for (const [id, d] of [
      ['PS-sex-then-prov', sp],
      ['PS-prov-then-sex', pst],
    ] as const) {
      const e = extraCase(id);
      expectWeights(d.weights, e.nums('weights'), 10);
      const { estimate, se } = deShare(survey, d);
      expect(estimate).toBeCloseTo(e.num('estimate'), 12);
      expect(se).toBeCloseTo(e.num('se'), 12);
    }
  });

  it('all four destinations, their covariance, domains by sex (with covariance) and a domain with empty PSUs match R', async () => {
    const { survey, design, sex, sexPop, g } = await d1();
    const ps = postStratify(design, sex, sexPop);
    const t = shares(survey, ps);
    const e = extraCase('PS-sex-dest');
    const K = survey.destination.levels.length;
    const ks = e.strings('levels').map((l) => survey.destination.levels.indexOf(l === 'UK' ? 'GB' : l));
    const cov = t.groupCovariance(0);
    ks.forEach((k, a) => {
      if (k < 0) {
        expect(e.nums('se')[a]).toBe(0);
        return;
      }
      expect(t.cell(0, k).estimate).toBeCloseTo(e.nums('estimate')[a]!, 12);
      expect(Math.sqrt(t.cell(0, k).variance)).toBeCloseTo(e.nums('se')[a]!, 12);
      ks.forEach((k2, b) => {
        if (k2 >= 0) expect(cov[k * K + k2]).toBeCloseTo(e.nums('vcov')[a * 4 + b]!, 12);
      });
    });
    const de = survey.destination.levels.indexOf('DE');
    const bySex = shares(survey, ps, sex.codes, 2);
    const eb = extraCase('PS-sex-by-sex');
    [0, 1].forEach((s) => {
      expect(bySex.cell(s, de).estimate).toBeCloseTo(eb.nums('estimate')[s]!, 12);
      expect(Math.sqrt(bySex.cell(s, de).variance)).toBeCloseTo(eb.nums('se')[s]!, 12);
    });
    expect(bySex.covariance(0, de, 1, de)).toBeCloseTo(eb.num('cov'), 12);
    const inG = Int32Array.from(g.codes, (c) => (c === 1 ? 0 : -1));
    const dg = shares(survey, ps, inG).cell(0, de);
    expect(dg.estimate).toBeCloseTo(extraCase('PS-sex-domain-g').num('estimate'), 12);
    expect(Math.sqrt(dg.variance)).toBeCloseTo(extraCase('PS-sex-domain-g').num('se'), 12);
  });

  it('partial: true drops a population cell absent from the sample with a warning; R’s values are kept', async () => {
    const { survey, design, sex } = await d1();
    const ps = postStratify(design, sex, { F: 260, M: 240, X: 10 }, { partial: true });
    expect(ps.issues.map((i) => i.code)).toEqual(['calibration-cells-dropped']);
    expect(ps.issues[0]!.message).toContain('"X"');
    const { estimate, se } = deShare(survey, ps);
    expect(estimate).toBeCloseTo(extraCase('PS-partial').num('estimate'), 12);
    expect(se).toBeCloseTo(extraCase('PS-partial').num('se'), 12);
  });

  it('a cell that is zero in the sample and in the population is dropped silently', async () => {
    const { design, sex } = await d1();
    const ps = postStratify(design, { codes: sex.codes, levels: ['F', 'M', 'X'] }, { F: 260, M: 240, X: 0 });
    expect(ps.issues).toEqual([]);
    let total = 0;
    for (const w of ps.weights) total += w;
    expect(total).toBeCloseTo(500, 10);
  });

  it.each([
    ['a population cell absent from the sample', { F: 260, M: 240, X: 10 }, /"X".*partial/],
    [
      'a sample cell with no population count',
      { F: 260 },
      /cell "M" has weight 159 in the sample but no population count/,
    ],
    ['a sample cell with population 0', { F: 260, M: 0 }, /cell "M" has weight 159 .* population count of 0/],
    ['a negative count', { F: 260, M: -1 }, /population count -1 of cell "M"/],
    ['a count that is not a number', { F: 260, M: '240' }, /population count "240" of cell "M"/],
  ])('throws calibration-invalid for %s', async (_, population, message) => {
    const { design, sex } = await d1();
    const err = (() => {
      try {
        postStratify(design, sex, population as never);
      } catch (e) {
        return e;
      }
    })() as MinatError;
    expect(err).toBeInstanceOf(MinatError);
    expect(err.code).toBe('calibration-invalid');
    expect(err.message).toMatch(message);
  });

  it('throws calibration-invalid naming how many rows have no cell, and for codes of the wrong length', async () => {
    const { design, sex, sexPop } = await d1();
    const codes = Int32Array.from(sex.codes);
    codes[3] = -1;
    codes[7] = -1;
    expect(() => postStratify(design, { codes, levels: sex.levels }, sexPop)).toThrow(
      /2 rows have no cell .*first is row index 3/,
    );
    expect(() => postStratify(design, { codes: codes.subarray(0, 5), levels: sex.levels }, sexPop)).toThrow(
      /5 cell codes for a design of 16 rows/,
    );
    expect(() => postStratify(design, sex, sexPop, { partial: 'yes' as never })).toThrow(
      /invalid partial "yes": expected one of true, false/,
    );
  });
});
