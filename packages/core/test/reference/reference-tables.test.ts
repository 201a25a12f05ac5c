import { describe, expect, it } from 'vitest';
import { ageGroups } from '../../src/reference/age-groups.ts';
import { educationLevels } from '../../src/reference/education-levels.ts';
import { occupations } from '../../src/reference/occupations.ts';
import { placements } from '../../src/reference/placements.ts';
import { readinessLevels } from '../../src/reference/readiness-levels.ts';
import { sswFields } from '../../src/reference/ssw-fields.ts';

describe('placements', () => {
  it('has the 301 rows of placements.csv, each with a source URL and confidence', () => {
    expect(placements).toHaveLength(301);
    for (const p of placements) {
      expect(p.sourceUrl).toMatch(/^https?:\/\//);
      expect(['high', 'medium', 'low']).toContain(p.confidence);
    }
  });

  it('holds the 2024 annual-report figure for Japan (12,720) and province keys as BPS codes', () => {
    const jp = placements.filter((p) => p.year === 2024 && p.dimension === 'destination' && p.key === 'JP');
    expect(jp.map((p) => p.value)).toContain(12720);
    const provinceKeys = placements.filter((p) => p.dimension === 'province').map((p) => p.key);
    for (const k of provinceKeys) expect(k).toMatch(/^\d{2}$/);
  });
});

describe('readinessLevels', () => {
  it('orders JLPT N5 (1) to N1 (5) and leaves order out for score-based tests', () => {
    const jlpt = readinessLevels.filter((l) => l.framework === 'JLPT');
    expect(jlpt.map((l) => [l.level, l.order])).toEqual([
      ['N5', 1],
      ['N4', 2],
      ['N3', 3],
      ['N2', 4],
      ['N1', 5],
    ]);
    expect(readinessLevels.find((l) => l.framework === 'EPS-TOPIK')?.order).toBeUndefined();
    expect(readinessLevels).toHaveLength(15);
  });
});

describe('lookup tables', () => {
  it('education levels keep two-digit codes 00–09', () => {
    expect(educationLevels.map((e) => e.code)).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
  });

  it('age groups have numeric bounds, the top group open', () => {
    const pmi = ageGroups.filter((g) => g.scheme === 'pmi_survey');
    expect(pmi[0]).toMatchObject({ group: '18-24', min: 18, max: 24 });
    expect(pmi.at(-1)).toEqual({ scheme: 'pmi_survey', group: '45+', min: 45 });
  });

  it('occupations split typical destinations; SSW fields number 1–16', () => {
    expect(occupations.find((o) => o.key === 'fisherman')?.typicalDestinations).toEqual([
      'KR',
      'TW',
      'JP',
      'ES',
    ]);
    expect(sswFields.map((f) => f.fieldNo)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});
