import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../src/analyse/compare/compare-groups.ts';
import { firstChoiceCrossTab } from '../../../src/analyse/compare/first-choice-cross-tab.ts';
import { crossTabCells } from '../../../src/estimate/compare/cross-tab-cells.ts';
import { type AssociationStatistic, raoScottTest } from '../../../src/estimate/compare/rao-scott-test.ts';
import { WITH_SEX } from '../../estimate/compare/compare-fixtures.ts';
import { fixtureDesign } from '../../estimate/r-fixtures.ts';

const STATISTICS: AssociationStatistic[] = ['F', 'Chisq', 'Wald', 'adjWald'];
const WITH_REGION = {
  ...WITH_SEX,
  dimensions: [
    ...WITH_SEX.dimensions,
    { key: 'region', column: 'prov', label: { en: 'Province', id: 'Provinsi' } },
  ],
};

async function d1() {
  const { survey, design } = await fixtureDesign('d1.csv', WITH_REGION);
  const dest = survey.destination;
  const identity = Int32Array.from(dest.levels, (_, j) => j);
  return {
    survey,
    design,
    dest,
    identity,
    region: survey.dimensions['region']!,
    sex: survey.dimensions['sex']!,
  };
}

function plain(cells: ReturnType<typeof crossTabCells>) {
  return { ...cells, totalsCovariance: cells.totalsCovariance() };
}

describe('firstChoiceCrossTab', () => {
  it('firstChoiceCrossTab(design, every row, region, first choice) gives the cells crossTabCells gives (p, V, totals, covariance)', async () => {
    const { design, dest, identity, region } = await d1();
    const got = firstChoiceCrossTab(design, undefined, region, dest.slots[0]!, identity, dest.levels)!;
    const want = crossTabCells(design, region, { codes: dest.slots[0]!, levels: dest.levels });
    expect(got.n).toBe(16);
    expect(plain(got)).toEqual(plain(want));
  });

  it('firstChoiceCrossTab(design, rows of sex F, region, …) leaves the other rows out as crossTabCells with them missing', async () => {
    const { design, dest, identity, region, sex } = await d1();
    const F = sex.levels.indexOf('F');
    const rows = Int32Array.from({ length: design.n }, (_, i) => i).filter((i) => sex.codes[i] === F);
    const inF = (codes: Int32Array) => codes.map((c, i) => (sex.codes[i] === F ? c : -1));
    const got = firstChoiceCrossTab(design, rows, region, dest.slots[0]!, identity, dest.levels)!;
    const want = crossTabCells(
      design,
      { codes: inF(region.codes), levels: region.levels },
      {
        codes: inF(dest.slots[0]!),
        levels: dest.levels,
      },
    );
    expect(got.n).toBe(8);
    expect(plain(got)).toEqual(plain(want));
  });

  it('firstChoiceCrossTab drops a level without rows in the filter (region C outside it), as crossTabCells', async () => {
    const { design, dest, identity, region } = await d1();
    const inAB = (i: number) => region.levels[region.codes[i]!] !== 'C';
    const rows = Int32Array.from({ length: design.n }, (_, i) => i).filter(inAB);
    const got = firstChoiceCrossTab(design, rows, region, dest.slots[0]!, identity, dest.levels)!;
    const missing = (codes: Int32Array) => codes.map((c, i) => (inAB(i) ? c : -1));
    const want = crossTabCells(
      design,
      { codes: missing(region.codes), levels: region.levels },
      {
        codes: missing(dest.slots[0]!),
        levels: dest.levels,
      },
    );
    expect(got.dropped.rows).toEqual(['C']);
    expect(got.rowLevels).toEqual(['A', 'B']);
    expect(plain(got)).toEqual(plain(want));
  });

  it('firstChoiceCrossTab is undefined when a level has rows that all weigh 0; compareGroups then still gives raoScottTest', async () => {
    const { survey, design, dest, identity, region } = await d1();
    const GB = dest.levels.indexOf('GB');
    const weights = design.weights.map((w, i) => (dest.slots[0]![i] === GB ? 0 : w));
    const zeroGB = { ...design, weights };
    expect(
      firstChoiceCrossTab(zeroGB, undefined, region, dest.slots[0]!, identity, dest.levels),
    ).toBeUndefined();
    for (const statistic of STATISTICS) {
      const got = compareGroups(survey, zeroGB, { by: 'region', statistic }).association!;
      const want = raoScottTest(zeroGB, region, { codes: dest.slots[0]!, levels: dest.levels }, statistic);
      expect(got.dropped.cols).toEqual(['GB']);
      expect(got.n).toBe(13);
      expect({ ...got, measure: undefined, base: undefined }).toEqual({
        ...want,
        measure: undefined,
        base: undefined,
      });
    }
  });
});
