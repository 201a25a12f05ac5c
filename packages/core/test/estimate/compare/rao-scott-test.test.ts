import { describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../../../src/design/survey-design.ts';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { MinatError } from '../../../src/errors/minat-error.ts';
import type { CodedFactor } from '../../../src/estimate/compare/cross-tab-cells.ts';
import { type AssociationTest, raoScottTest } from '../../../src/estimate/compare/rao-scott-test.ts';
import { fixtureColumn, fixtureDesign, rCase } from '../r-fixtures.ts';
import { compareCase, WITH_SEX } from './compare-fixtures.ts';

const STATISTICS = ['F', 'Chisq', 'Wald', 'adjWald'] as const;

/** sex × first-choice destination of a fixture, as coded factors. */
async function sexByDestination(
  file: string,
): Promise<{ design: SurveyDesign; sex: CodedFactor; dest: CodedFactor }> {
  const { survey, design } = await fixtureDesign(file, WITH_SEX);
  const sex = survey.dimensions['sex']!;
  return {
    design,
    sex: { codes: sex.codes, levels: sex.levels },
    dest: { codes: survey.destination.slots[0]!, levels: survey.destination.levels },
  };
}

/** Compares every statistic with a compare-extra.json case (R's Chisq statistic is X²; ours is corrected). */
function expectLikeR(got: Record<string, AssociationTest>, id: string, nUsed = true) {
  const e = compareCase(id).expect;
  for (const s of STATISTICS) {
    const t = got[s]!;
    const want = s === 'Chisq' ? e['chisq_first_order'] : e[s]['statistic'];
    expect(t.statistic, `${id} ${s} statistic`).toBeCloseTo(want, 9);
    expect(t.p_value, `${id} ${s} p`).toBeCloseTo(e[s]['p_value'], 9);
    const df = e[s]['parameter'];
    if (Array.isArray(df)) expect(t.df).toEqual(df.map((v: number) => expect.closeTo(v, 9)));
    else expect(t.df).toBe(df);
    expect(t.pearson).toBeCloseTo(nUsed ? e['pearson_n_used'] : e['pearson_n_design'], 9);
    expect(t.n).toBe(e['n_used']);
  }
}

const all = (design: SurveyDesign, rows: CodedFactor, cols: CodedFactor) =>
  Object.fromEntries(STATISTICS.map((s) => [s, raoScottTest(design, rows, cols, s)]));

describe('raoScottTest reproduces R svychisq', () => {
  it('T20: sex × destination on d1, every statistic, its df and p-value to 1e-9', async () => {
    const { design, sex, dest } = await sexByDestination('d1.csv');
    const got = all(design, sex, dest);
    const e = rCase('T20').expect;
    expect(got['F']!.statistic).toBeCloseTo(e['F']['statistic'], 9);
    expect(got['F']!.df).toEqual(e['F']['parameter'].map((v: number) => expect.closeTo(v, 9)));
    expect(got['F']!.p_value).toBeCloseTo(e['F']['p_value'], 9);
    expect(got['F']!.method).toBe("Pearson's X^2: Rao & Scott adjustment");
    expect(got['Chisq']!.pearson).toBeCloseTo(e['Chisq']['statistic'], 9);
    expect(got['Chisq']!.df).toBe(e['Chisq']['parameter']);
    expect(got['Chisq']!.p_value).toBeCloseTo(e['Chisq']['p_value'], 9);
    for (const s of ['Wald', 'adjWald'] as const) {
      expect(got[s]!.statistic).toBeCloseTo(e[s]['statistic'][0][0], 9);
      expect(got[s]!.df).toEqual(e[s]['parameter']);
      expect(got[s]!.p_value).toBeCloseTo(e[s]['p_value'][0][0], 9);
      expect(got[s]!.method).toBe('Design-based Wald test of association');
    }
    expectLikeR(got, 'RS-d1-sex-dest');
  });

  it('a 3 × 3 table (province × destination) matches R for every statistic', async () => {
    const { design, dest } = await sexByDestination('d1.csv');
    const prov = await fixtureColumn('d1.csv', 'prov');
    const levels = ['A', 'B', 'C'];
    expectLikeR(
      all(design, { codes: Int32Array.from(prov, (v) => levels.indexOf(v)), levels }, dest),
      'RS-d1-prov-dest',
    );
  });

  it('on a post-stratified design (sex: F 260, M 240) scores of proportions and totals are residualised as R does', async () => {
    const { design, sex, dest } = await sexByDestination('d1.csv');
    const prov = await fixtureColumn('d1.csv', 'prov');
    const levels = ['A', 'B', 'C'];
    const ps = postStratify(design, sex, { F: 260, M: 240 });
    const province = { codes: Int32Array.from(prov, (v) => levels.indexOf(v)), levels };
    expectLikeR(all(ps, province, dest), 'RS-ps-prov-dest');
    const ignoringCalibration = raoScottTest({ ...ps, calibration: [] }, province, dest, 'Wald');
    expect(
      Math.abs(ignoringCalibration.statistic! - compareCase('RS-ps-prov-dest').expect['Wald']['statistic']),
    ).toBeGreaterThan(0.1);
  });

  it('missing destinations leave the table, not the design (dm-missing); X² is scaled to the 14 rows used', async () => {
    const { design, sex, dest } = await sexByDestination('dm-missing.csv');
    expect(Array.from(dest.codes).filter((c) => c < 0)).toHaveLength(2);
    expectLikeR(all(design, sex, dest), 'RS-dm-sex-dest');
  });

  it('ν counts a PSU whose rows all weigh 0 (dz3: 8 − 3 = 5, while degf is 4)', async () => {
    const { design, sex, dest } = await sexByDestination('dz3-zero-psu.csv');
    const got = all(design, sex, dest);
    expectLikeR(got, 'RS-dz3-sex-dest');
    expect(got['Wald']!.df).toEqual([2, 5]);
  });
});

describe('raoScottTest edge cases', () => {
  it('an unused level (US) and a level with only zero-weight rows are dropped and flagged; the test is unchanged', async () => {
    const { design, sex, dest } = await sexByDestination('d1.csv');
    const plain = raoScottTest(design, sex, dest);
    const withUs = raoScottTest(design, sex, { codes: dest.codes, levels: [...dest.levels, 'US'] });
    expect(withUs.dropped).toEqual({ rows: [], cols: ['US'] });
    expect(withUs.flags).toEqual(['empty-levels-dropped']);
    expect(withUs.statistic).toBeCloseTo(plain.statistic!, 14);
    const zero = { ...design, weights: Float64Array.from(design.weights) };
    const codes = Int32Array.from(dest.codes);
    zero.weights[0] = 0;
    codes[0] = dest.levels.length; // row 1 alone at a new level 'XX', with weight 0
    const z = raoScottTest(zero, sex, { codes, levels: [...dest.levels, 'XX'] });
    expect(z.dropped.cols).toEqual(['XX']);
    expect(z.n).toBe(15);
    expect(Number.isFinite(z.statistic)).toBe(true);
  });

  it('permuting the levels of either variable leaves every statistic unchanged', async () => {
    const { design, sex, dest } = await sexByDestination('d1.csv');
    const K = dest.levels.length;
    const perm = dest.levels.map((_, j) => (j + 1) % K);
    const permuted: CodedFactor = {
      codes: Int32Array.from(dest.codes, (c) => (c < 0 ? c : perm[c]!)),
      levels: dest.levels.map((_, j) => dest.levels[perm.indexOf(j)]!),
    };
    const flipped: CodedFactor = {
      codes: Int32Array.from(sex.codes, (c) => 1 - c),
      levels: [...sex.levels].reverse(),
    };
    for (const s of STATISTICS) {
      const a = raoScottTest(design, sex, dest, s);
      const b = raoScottTest(design, flipped, permuted, s);
      expect(b.statistic).toBeCloseTo(a.statistic!, 10);
      expect(b.p_value).toBeCloseTo(a.p_value!, 10);
    }
  });

  it('one level left gives nulls with a too-few-levels flag', async () => {
    const { design, sex } = await sexByDestination('d1.csv');
    const one: CodedFactor = { codes: new Int32Array(design.n), levels: ['all'] };
    const t = raoScottTest(design, sex, one);
    expect([t.statistic, t.p_value, t.df, t.flags]).toEqual([null, null, null, ['too-few-levels']]);
  });

  it('an unknown statistic or codes that do not fit the design throw option-invalid', async () => {
    const { design, sex, dest } = await sexByDestination('d1.csv');
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (x) {
        return x as MinatError;
      }
      throw new Error('did not throw');
    };
    const e1 = err(() => raoScottTest(design, sex, dest, 'lincom' as never));
    expect(e1).toBeInstanceOf(MinatError);
    expect(e1.code).toBe('option-invalid');
    expect(e1.message).toBe('invalid statistic "lincom": expected one of F, Chisq, Wald, adjWald');
    expect(
      err(() => raoScottTest(design, { codes: new Int32Array(3), levels: ['a'] }, dest)).message,
    ).toContain('3 codes for a design of 16 rows');
    expect(
      err(() => raoScottTest(design, { codes: new Int32Array(16).fill(2), levels: ['F', 'M'] }, dest))
        .message,
    ).toContain('invalid rows code 2');
  });
});
