import { buildDesign, estimateTotals, postStratify } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { fixtureDesign, rCase } from './r-fixtures.ts';

const code = (level: string) => (level === 'UK' ? 'GB' : level);

describe('estimateTotals reproduces svytotal', () => {
  it('T3: svytotal(~dest) on the stratified cluster design, every level', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rows = estimateTotals(survey, design);
    const e = rCase('T3').expect;
    (e['levels'] as string[]).forEach((level, j) => {
      const r = rows.find((x) => x.destination === code(level));
      if (!r) {
        expect(e['total'][j]).toBe(0);
        return;
      }
      expect(r.estimate!).toBeCloseTo(e['total'][j], 9);
      expect(r.se!).toBeCloseTo(e['se'][j], 9);
    });
  });

  it('T7: totals under each lonely-PSU option (adjust measures the lonely PSU total from 0)', async () => {
    for (const option of ['remove', 'certainty', 'adjust', 'average'] as const) {
      const { survey, design } = await fixtureDesign('d2-lonely-psu.csv', undefined, option);
      const de = estimateTotals(survey, design).find((r) => r.destination === 'DE')!;
      const e = rCase(`T7-${option}`).expect;
      expect(de.estimate!).toBeCloseTo(e['total'], 9);
      expect(de.se!).toBeCloseTo(e['total_se'], 9);
    }
  });

  it('T16: the total after post-stratification by sex (F 260, M 240)', async () => {
    const { survey } = await fixtureDesign('d1.csv', {
      weight: 'w',
      strata: 'prov',
      psu: 'psu',
      dimensions: [{ key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } }],
    });
    const design = postStratify(buildDesign(survey), survey.dimensions['sex']!, { F: 260, M: 240 });
    const de = estimateTotals(survey, design).find((r) => r.destination === 'DE')!;
    expect(de.estimate!).toBeCloseTo(rCase('T16').expect['total'], 9);
    expect(de.se!).toBeCloseTo(rCase('T16').expect['total_se'], 9);
  });
});
