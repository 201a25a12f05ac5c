import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../src/analyse/compare/compare-groups.ts';
import { compareCase, WITH_SEX } from '../../estimate/compare/compare-fixtures.ts';
import { fixtureColumn, fixtureDesign, rCase } from '../../estimate/r-fixtures.ts';
import { rawColumn, sampleSurvey } from '../trend/sample-survey.ts';
import { byHandDifference, type RawDesignColumns } from './by-hand-difference.ts';

const WITH_PROV = {
  weight: 'w',
  strata: 'prov',
  psu: 'psu',
  dimensions: [{ key: 'region', column: 'prov', label: { en: 'Province', id: 'Provinsi' } }],
};

/** d1's raw columns with `by` the given column. */
async function d1Columns(by: string): Promise<RawDesignColumns> {
  const [stratum, psu, weight, dest, column] = await Promise.all(
    ['prov', 'psu', 'w', 'dest', by].map((h) => fixtureColumn('d1.csv', h)),
  );
  return { stratum: stratum!, psu: psu!, weight: weight!, dest: dest!, by: column! };
}

describe('compareGroups on d1 (T19, T20)', () => {
  it('compareGroups(by sex, reference M) gives F − M for DE with R’s difference and SE (T19), t on df 5', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX);
    const c = compareGroups(survey, design, { by: 'sex', reference: 'M' });
    const de = c.rows.find((r) => r.destination === 'DE')!;
    const e = rCase('T19').expect;
    const x = compareCase('DIFF-sex').expect;
    expect([de.group, de.reference, de.measure, de.base]).toEqual(['F', 'M', 'first', 'answered']);
    expect(Math.abs(de.difference! - e['sex_diff_F_minus_M'])).toBeLessThan(1e-9);
    expect(Math.abs(de.se! - e['sex_diff_se'])).toBeLessThan(1e-9);
    expect(de.df).toBe(5);
    expect(de.ci_low).toBeCloseTo(x['ci'][0], 9);
    expect(de.ci_high).toBeCloseTo(x['ci'][1], 9);
    expect(de.p_value).toBeCloseTo(x['p_value'], 9);
    expect(c.rows.map((r) => r.group)).toEqual(['F', 'F', 'F']);
    const hand = byHandDifference(await d1Columns('sex'), 'F', 'M', 'DE');
    expect(de.se).toBeCloseTo(hand.se, 12);
  });

  it('compareGroups tests sex × destination with Rao–Scott F as R’s svychisq (T20), other statistics on request', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX);
    const e = rCase('T20').expect;
    const f = compareGroups(survey, design, { by: 'sex' }).association!;
    expect([f.measure, f.base]).toEqual(['first', 'answered']);
    expect(f.statistic).toBeCloseTo(e['F']['statistic'], 9);
    expect(f.df).toEqual(e['F']['parameter'].map((v: number) => expect.closeTo(v, 9)));
    expect(f.p_value).toBeCloseTo(e['F']['p_value'], 9);
    const wald = compareGroups(survey, design, { by: 'sex', statistic: 'Wald' }).association!;
    expect(wald.statistic).toBeCloseTo(e['Wald']['statistic'][0][0], 9);
    expect(wald.p_value).toBeCloseTo(e['Wald']['p_value'][0][0], 9);
  });

  it('compareGroups defaults the reference to the first level (F here) and names the levels for an unknown one', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX);
    const c = compareGroups(survey, design, { by: 'sex' });
    expect([c.reference, c.levels]).toEqual(['F', ['F', 'M']]);
    const de = c.rows.find((r) => r.destination === 'DE')!;
    expect(de.group).toBe('M');
    expect(de.difference).toBeCloseTo(-rCase('T19').expect['sex_diff_F_minus_M'], 12);
    const err = (() => {
      try {
        compareGroups(survey, design, { by: 'sex', reference: 'X' });
      } catch (x) {
        return x as MinatError;
      }
    })();
    expect(err).toBeInstanceOf(MinatError);
    expect(err!.code).toBe('option-invalid');
    expect(err!.message).toBe('invalid reference "X" for sex: expected one of F, M');
    expect(err!.expected).toBe('F, M');
  });

  it('compareGroups with three provinces compares B and C with A, each difference and SE checked by hand', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_PROV);
    const c = compareGroups(survey, design, { by: 'region' });
    expect(c.reference).toBe('A');
    expect(c.rows.map((r) => `${r.group}-${r.reference}`)).toEqual([
      ...Array(3).fill('B-A'),
      ...Array(3).fill('C-A'),
    ]);
    for (const level of ['B', 'C']) {
      for (const [dest, raw] of [
        ['DE', 'DE'],
        ['CA', 'CA'],
        ['GB', 'UK'],
      ] as const) {
        const row = c.rows.find((r) => r.group === level && r.destination === dest)!;
        const hand = byHandDifference(await d1Columns('prov'), level, 'A', raw);
        expect(row.difference).toBeCloseTo(hand.difference, 12);
        expect(row.se).toBeCloseTo(hand.se, 12);
      }
    }
    const x = compareCase('RS-d1-prov-dest').expect;
    expect(c.association!.statistic).toBeCloseTo(x['F']['statistic'], 9);
    expect(c.association!.p_value).toBeCloseTo(x['F']['p_value'], 9);
  });

  it('compareGroups by wave treats waves as independent samples: T19 wave difference on df 10', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      wave: 'wave',
    });
    const de = compareGroups(survey, design, { by: 'wave' }).rows.find((r) => r.destination === 'DE')!;
    const x = compareCase('DIFF-wave').expect;
    expect([de.group, de.reference]).toEqual(['2', '1']);
    expect(de.difference).toBeCloseTo(x['estimate'], 12);
    expect(de.se).toBeCloseTo(x['se'], 12);
    expect(de.df).toBe(10);
    expect(de.p_value).toBeCloseTo(x['p_value'], 10);
  });

  it('compareGroups with a filter drops levels outside it from the allowed references', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', {
      ...WITH_SEX,
      dimensions: [...WITH_SEX.dimensions, ...WITH_PROV.dimensions],
    });
    const c = compareGroups(survey, design, { by: 'region', filter: { sex: ['F'] }, reference: 'C' });
    expect(c.levels).toEqual(['A', 'B', 'C']);
    expect(c.association!.n).toBe(8);
    expect(() =>
      compareGroups(survey, design, { by: 'sex', filter: { sex: ['F'] }, reference: 'M' }),
    ).toThrow('invalid reference "M" for sex: expected one of F');
  });
});

describe('compareGroups on the sample', () => {
  it('compareGroups(by education) compares each level with SD for every destination; JP checked by hand', async () => {
    const { raw, survey, design } = await sampleSurvey();
    const c = compareGroups(survey, design, { by: 'education' });
    expect(c.reference).toBe('SD');
    expect(c.levels).toEqual(['SD', 'SMP', 'SMA', 'SMK', 'D3', 'S1']);
    expect(c.rows).toHaveLength(5 * c.estimate.shares.units.length);
    const wave = rawColumn(raw, 'wave');
    const columns: RawDesignColumns = {
      stratum: rawColumn(raw, 'province').map((p, i) => `${wave[i]}|${p}`),
      psu: rawColumn(raw, 'regency').map((p, i) => `${wave[i]}|${p}`),
      weight: rawColumn(raw, 'weight'),
      dest: rawColumn(raw, 'dest_1'),
      by: rawColumn(raw, 'education'),
    };
    for (const level of c.levels.slice(1)) {
      const row = c.rows.find((r) => r.group === level && r.destination === 'JP')!;
      const hand = byHandDifference(columns, level, 'SD', 'JP');
      expect(row.difference).toBeCloseTo(hand.difference, 12);
      expect(row.se).toBeCloseTo(hand.se, 12);
      expect(row.df).toBe(
        Math.min(...[level, 'SD'].map((l) => c.estimate.rows.find((r) => r['education'] === l)!.df)),
      );
    }
    const used = columns.dest.filter((d, i) => d !== '' && columns.by[i] !== '').length;
    expect([c.association!.n, c.association!.flags]).toEqual([used, []]);
    expect(c.association!.p_value).toBeLessThan(1e-6);
  });

  it('compareGroups on a multi-select question compares respondents’ shares and gives no association test', async () => {
    const { survey, design } = await sampleSurvey();
    const c = compareGroups(survey, design, { by: 'sex', question: 'considered' });
    expect([c.measure, c.base, c.reference, c.sumsToOne]).toEqual(['respondents', 'answered', 'M', false]);
    expect(c.rows.every((r) => r.measure === 'respondents' && r.group === 'F')).toBe(true);
    expect(c.association).toBeNull();
    expect(c.issues.map((i) => i.code)).toContain('association-multi');
  });
});
