import { MinatError, ratioTable, type SurveyDesign, type ValidatedSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { fixtureColumn, fixtureDesign, rCase } from './r-fixtures.ts';

/** Proportion of first choice = level, by group (or overall), as a ratio table. */
function shares(survey: ValidatedSurvey, design: SurveyDesign, group?: Int32Array, G = 1) {
  const slot = survey.destination.slots[0]!;
  const K = survey.destination.levels.length;
  const offsets = new Int32Array(survey.n + 1);
  const index: number[] = [];
  for (let i = 0; i < survey.n; i++) {
    if (slot[i]! >= 0) index.push(slot[i]!);
    offsets[i + 1] = index.length;
  }
  return ratioTable(design, {
    K,
    G,
    numerators: { offsets, index: Int32Array.from(index), value: new Float64Array(index.length).fill(1) },
    denominator: Float64Array.from(slot, (c) => (c >= 0 ? 1 : 0)),
    group: group ?? new Int32Array(survey.n),
  });
}

const de = (survey: ValidatedSurvey) => survey.destination.levels.indexOf('DE');

describe('ratioTable reproduces R survey on the d1 fixtures', () => {
  it('T1/T2: svymean(~dest) with strata and clusters, every level, and df 5', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const t = shares(survey, design);
    const e = rCase('T2').expect;
    (e['levels'] as string[]).forEach((level, j) => {
      const k = survey.destination.levels.indexOf(level === 'UK' ? 'GB' : level);
      if (k < 0) {
        expect(e['estimate'][j]).toBe(0);
        return;
      }
      expect(t.cell(0, k).estimate).toBeCloseTo(e['estimate'][j], 12);
      expect(Math.sqrt(t.cell(0, k).variance)).toBeCloseTo(e['se'][j], 12);
    });
    expect(t.cell(0, de(survey)).df).toBe(rCase('T1').expect['df']);
  });

  it('T4/T5: ids=~1 with and without weights (n/(n−1) factor, df = n − 1)', async () => {
    for (const [id, schema] of [
      ['T4', { weight: 'w' }],
      ['T5', {}],
    ] as const) {
      const { survey, design } = await fixtureDesign('d1.csv', schema);
      const c = shares(survey, design).cell(0, de(survey));
      expect(c.estimate).toBeCloseTo(rCase(id).expect['estimate'], 12);
      expect(Math.sqrt(c.variance)).toBeCloseTo(rCase(id).expect['se'], 12);
      expect(c.df).toBe(rCase(id).expect['df']);
    }
  });

  it('T6: fpc as PSU counts', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      fpc: { column: 'N' },
    });
    expect(Math.sqrt(shares(survey, design).cell(0, de(survey)).variance)).toBeCloseTo(
      rCase('T6').expect['se'],
      12,
    );
  });

  it('T7: lonely PSU options remove, certainty, adjust, average; fail names stratum D', async () => {
    for (const option of ['remove', 'certainty', 'adjust', 'average'] as const) {
      const { survey, design } = await fixtureDesign('d2-lonely-psu.csv', undefined, option);
      const c = shares(survey, design).cell(0, de(survey));
      const e = rCase(`T7-${option}`).expect;
      expect(c.estimate).toBeCloseTo(e['estimate'], 12);
      expect(Math.sqrt(c.variance)).toBeCloseTo(e['se'], 12);
      expect(c.df).toBe(e['df']);
    }
    const err = await fixtureDesign('d2-lonely-psu.csv').catch((x) => x);
    expect(err).toBeInstanceOf(MinatError);
    expect(err.code).toBe('design-lonely-psu');
    expect(err.message).toContain('"D"');
    expect(err.message).toContain('remove, certainty, adjust, average');
  });

  it('T8: svyby(~de, ~sex) domains with df and the covariance between F and M', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      dimensions: [{ key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } }],
    });
    const sex = survey.dimensions['sex']!;
    const t = shares(survey, design, sex.codes, sex.levels.length);
    const e = rCase('T8').expect;
    const k = de(survey);
    (e['groups'] as string[]).forEach((g, j) => {
      const c = t.cell(sex.levels.indexOf(g), k);
      expect(c.estimate).toBeCloseTo(e['estimate'][j], 12);
      expect(Math.sqrt(c.variance)).toBeCloseTo(e['se'][j], 12);
      expect(c.df).toBe(e['df'][j]);
    });
    expect(t.covariance(sex.levels.indexOf('F'), k, sex.levels.indexOf('M'), k)).toBeCloseTo(e['cov_FM'], 12);
  });

  it('T9: a domain keeps the full design (SE 0.1095, not the 0.1248 of a rebuilt design), domain df 3', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const g = await fixtureColumn('d1.csv', 'g');
    const group = Int32Array.from(g, (v) => (v === '1' ? 0 : -1));
    const c = shares(survey, design, group).cell(0, de(survey));
    const e = rCase('T9').expect;
    expect(c.estimate).toBeCloseTo(e['estimate'], 12);
    expect(Math.sqrt(c.variance)).toBeCloseTo(e['se'], 12);
    expect(c.df).toBe(e['df']);
  });

  it('T13: missing answers leave the domain while the design is kept', async () => {
    const { survey, design } = await fixtureDesign('dm-missing.csv');
    const c = shares(survey, design).cell(0, de(survey));
    expect(c.estimate).toBeCloseTo(rCase('T13').expect['estimate'], 12);
    expect(Math.sqrt(c.variance)).toBeCloseTo(rCase('T13').expect['se'], 12);
  });

  it('T14: a zero-weight PSU counts in n_h but not in df', async () => {
    const { survey, design } = await fixtureDesign('dz3-zero-psu.csv');
    const c = shares(survey, design).cell(0, de(survey));
    expect(c.estimate).toBeCloseTo(rCase('T14').expect['estimate'], 12);
    expect(Math.sqrt(c.variance)).toBeCloseTo(rCase('T14').expect['se'], 12);
    expect(c.df).toBe(rCase('T14').expect['df']);
  });

  it('T19: waves are independent samples: strata keyed by wave, stacked df = df1 + df2', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      wave: 'wave',
    });
    const t = shares(survey, design, survey.wave!.codes, survey.wave!.levels.length);
    const e = rCase('T19').expect;
    const k = de(survey);
    const [p1, p2] = [0, 1].map((g) => t.cell(g, k));
    expect(p1!.estimate).toBeCloseTo(e['wave_estimates'][0], 12);
    expect(p2!.estimate).toBeCloseTo(e['wave_estimates'][1], 12);
    expect(Math.sqrt(p1!.variance + p2!.variance - 2 * t.covariance(0, k, 1, k))).toBeCloseTo(
      e['wave_diff_se'],
      12,
    );
    expect(t.covariance(0, k, 1, k)).toBe(0);
    expect(p1!.df + p2!.df).toBe(e['stacked_df']);
  });
});
