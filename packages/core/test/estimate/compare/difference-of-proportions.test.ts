import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { differenceOfProportions } from '../../../src/estimate/compare/difference-of-proportions.ts';
import { fixtureDesign, rCase } from '../r-fixtures.ts';
import { compareCase, destinationShares, WITH_SEX } from './compare-fixtures.ts';

describe('differenceOfProportions reproduces R on the fixtures (T19)', () => {
  it('wave 2 − wave 1 as independent samples: Δ, SE √(V₁+V₂), df₁ + df₂ = 10, t interval and p', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      wave: 'wave',
    });
    const t = destinationShares(survey, design, survey.wave!.codes, survey.wave!.levels.length);
    const k = survey.destination.levels.indexOf('DE');
    const [w1, w2] = ['1', '2'].map((w) => t.cell(survey.wave!.levels.indexOf(w), k));
    const d = differenceOfProportions(w2!, w1!, { sample: 'independent' });
    const e = rCase('T19').expect;
    const x = compareCase('DIFF-wave').expect;
    expect(d.estimate).toBeCloseTo(e['wave_diff'], 12);
    expect(d.se).toBeCloseTo(e['wave_diff_se'], 12);
    expect(d.df).toBe(e['stacked_df']);
    expect(d.ci_low).toBeCloseTo(x['ci'][0], 10);
    expect(d.ci_high).toBeCloseTo(x['ci'][1], 10);
    expect(d.p_value).toBeCloseTo(x['p_value'], 10);
    expect(d.flags).toEqual([]);
    const d90 = differenceOfProportions(w2!, w1!, { sample: 'independent', level: 0.9 });
    expect([d90.ci_low, d90.ci_high]).toEqual(x['ci90'].map((v: number) => expect.closeTo(v, 10)));
  });

  it('F − M in one sample subtracts 2·cov(F, M): SE 0.446442 (not √(V_F+V_M)), df min = 5', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX);
    const sex = survey.dimensions['sex']!;
    const t = destinationShares(survey, design, sex.codes, sex.levels.length);
    const k = survey.destination.levels.indexOf('DE');
    const [f, m] = [sex.levels.indexOf('F'), sex.levels.indexOf('M')];
    const covariance = t.covariance(f, k, m, k);
    const d = differenceOfProportions(t.cell(f, k), t.cell(m, k), { sample: 'same', covariance });
    const e = rCase('T19').expect;
    const x = compareCase('DIFF-sex').expect;
    expect(d.estimate).toBeCloseTo(e['sex_diff_F_minus_M'], 12);
    expect(d.se).toBeCloseTo(e['sex_diff_se'], 12);
    expect(d.df).toBe(5);
    expect(d.ci_low).toBeCloseTo(x['ci'][0], 10);
    expect(d.ci_high).toBeCloseTo(x['ci'][1], 10);
    expect(d.p_value).toBeCloseTo(x['p_value'], 10);
    const ignoringCovariance = Math.sqrt(t.cell(f, k).variance + t.cell(m, k).variance);
    expect(Math.abs(ignoringCovariance - e['sex_diff_se'])).toBeGreaterThan(0.05);
  });

  it('DE − UK, two destinations of one group, uses their covariance: SE 0.142652, df 5', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const t = destinationShares(survey, design);
    const [de, uk] = ['DE', 'GB'].map((c) => survey.destination.levels.indexOf(c)) as [number, number];
    const d = differenceOfProportions(t.cell(0, de), t.cell(0, uk), {
      sample: 'same',
      covariance: t.covariance(0, de, 0, uk),
    });
    const x = compareCase('DIFF-DE-UK').expect;
    expect(d.estimate).toBeCloseTo(x['estimate'], 12);
    expect(d.se).toBeCloseTo(x['se'], 12);
    expect([d.ci_low, d.ci_high, d.p_value]).toEqual(
      [x['ci'][0], x['ci'][1], x['p_value']].map((v: number) => expect.closeTo(v, 10)),
    );
  });
});

describe('differenceOfProportions by hand', () => {
  const a = { estimate: 0.5, variance: 0.01, df: 4 };
  const b = { estimate: 0.3, variance: 0.02, df: 6 };

  it("df: 'inf' gives the normal interval R's confint(svycontrast()) reports", () => {
    const d = differenceOfProportions(a, b, { sample: 'independent', df: 'inf' });
    const se = Math.sqrt(0.03);
    expect(d.df).toBe(Number.POSITIVE_INFINITY);
    expect(d.ci_low).toBeCloseTo(0.2 - 1.959963984540054 * se, 12);
    expect(d.p_value).toBeCloseTo(0.248213078989923, 12); // R: 2 * pnorm(-0.2 / sqrt(0.03))
  });

  it('a zero variance gives a degenerate interval, no p-value and a zero-variance flag', () => {
    const d = differenceOfProportions(
      { estimate: 1, variance: 0, df: 3 },
      { estimate: 1, variance: 0, df: 3 },
      { sample: 'same', covariance: 0 },
    );
    expect(d).toEqual({
      estimate: 0,
      se: 0,
      ci_low: 0,
      ci_high: 0,
      df: 3,
      p_value: null,
      flags: ['zero-variance'],
    });
  });

  it('an empty group (NaN variance) returns nulls with an empty flag; df 0 flags df-zero', () => {
    expect(
      differenceOfProportions({ estimate: Number.NaN, variance: Number.NaN, df: 0 }, b, {
        sample: 'independent',
      }).flags,
    ).toEqual(['empty']);
    const d = differenceOfProportions({ ...a, df: 0 }, b, { sample: 'same', covariance: 0.001 });
    expect(d.se).toBeCloseTo(Math.sqrt(0.028), 14);
    expect([d.ci_low, d.p_value, d.flags]).toEqual([null, null, ['df-zero']]);
  });

  it('bad options throw option-invalid naming the value and the allowed ones', () => {
    const bad = (options: object, text: string) => {
      const err = (() => {
        try {
          differenceOfProportions(a, b, options as never);
        } catch (x) {
          return x as MinatError;
        }
      })();
      expect(err).toBeInstanceOf(MinatError);
      expect(err!.code).toBe('option-invalid');
      expect(err!.message).toContain(text);
    };
    bad({ sample: 'paired' }, 'invalid sample "paired": expected one of independent, same');
    bad({ sample: 'same' }, 'table.covariance');
    bad({ sample: 'independent', covariance: 0.01 }, 'independent samples have covariance 0');
    bad({ sample: 'independent', level: 95 }, 'invalid level 95');
    bad({ sample: 'independent', df: 'normal' }, 'expected one of design, inf');
  });
});
