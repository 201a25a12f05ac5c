import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../src/analyse/compare/compare-groups.ts';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import type { AssociationStatistic } from '../../../src/estimate/compare/rao-scott-test.ts';
import { raoScottTest } from '../../../src/estimate/compare/rao-scott-test.ts';
import { compareCase, WITH_SEX } from '../../estimate/compare/compare-fixtures.ts';
import { fixtureDesign } from '../../estimate/r-fixtures.ts';

const STATISTICS: AssociationStatistic[] = ['F', 'Chisq', 'Wald', 'adjWald'];

const WITH_SEX_AND_PROV = {
  ...WITH_SEX,
  dimensions: [
    ...WITH_SEX.dimensions,
    { key: 'region', column: 'prov', label: { en: 'Province', id: 'Provinsi' } },
  ],
};

/** Every statistic of compareGroups' association against a compare-extra.json case (R's svychisq). */
function expectLikeR(association: (s: AssociationStatistic) => ReturnType<typeof raoScottTest>, id: string) {
  const e = compareCase(id).expect;
  for (const s of STATISTICS) {
    const t = association(s);
    const want = s === 'Chisq' ? e['chisq_first_order'] : e[s]['statistic'];
    expect(t.statistic, `${id} ${s} statistic`).toBeCloseTo(want, 9);
    expect(t.p_value, `${id} ${s} p`).toBeCloseTo(e[s]['p_value'], 9);
    const df = e[s]['parameter'];
    if (Array.isArray(df)) expect(t.df).toEqual(df.map((v: number) => expect.closeTo(v, 9)));
    else expect(t.df).toBe(df);
    expect(t.pearson).toBeCloseTo(e['pearson_n_used'], 9);
    expect(t.n).toBe(e['n_used']);
  }
}

describe('compareGroups association as R svychisq', () => {
  it('compareGroups(by sex) on dm-missing: rows without a first choice leave the table, not the design', async () => {
    const { survey, design } = await fixtureDesign('dm-missing.csv', WITH_SEX);
    expectLikeR(
      (statistic) => compareGroups(survey, design, { by: 'sex', statistic }).association!,
      'RS-dm-sex-dest',
    );
  });

  it('compareGroups(by sex) on dz3: ν counts a PSU whose rows all weigh 0 (Wald df [2, 5])', async () => {
    const { survey, design } = await fixtureDesign('dz3-zero-psu.csv', WITH_SEX);
    expectLikeR(
      (statistic) => compareGroups(survey, design, { by: 'sex', statistic }).association!,
      'RS-dz3-sex-dest',
    );
    expect(compareGroups(survey, design, { by: 'sex', statistic: 'Wald' }).association!.df).toEqual([2, 5]);
  });

  it('compareGroups(by region) on a post-stratified design (sex: F 260, M 240) residualises scores as R does', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX_AND_PROV);
    const ps = postStratify(design, survey.dimensions['sex']!, { F: 260, M: 240 });
    expectLikeR(
      (statistic) => compareGroups(survey, ps, { by: 'region', statistic }).association!,
      'RS-ps-prov-dest',
    );
  });

  it('compareGroups(by region, filter sex F) gives raoScottTest with the rows outside the filter missing', async () => {
    const { survey, design } = await fixtureDesign('d1.csv', WITH_SEX_AND_PROV);
    const sex = survey.dimensions['sex']!;
    const region = survey.dimensions['region']!;
    const F = sex.levels.indexOf('F');
    const inF = (codes: Int32Array) => codes.map((c, i) => (sex.codes[i] === F ? c : -1));
    for (const statistic of STATISTICS) {
      const got = compareGroups(survey, design, { by: 'region', filter: { sex: ['F'] }, statistic })
        .association!;
      const want = raoScottTest(
        design,
        { codes: inF(region.codes), levels: region.levels },
        { codes: inF(survey.destination.slots[0]!), levels: survey.destination.levels },
        statistic,
      );
      expect(got.n).toBe(8);
      expect({ ...got, measure: undefined, base: undefined }).toEqual({
        ...want,
        measure: undefined,
        base: undefined,
      });
    }
  });
});
