import { readFileSync } from 'node:fs';
import {
  buildDesign,
  estimateShares,
  parseSurveySchema,
  provinces,
  readTable,
  validateSurvey,
} from '@minat/core';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url);

describe('grouping by island_group', () => {
  it('the Jawa group equals a filter on the six Jawa provinces, with the same SE (domain estimation)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
    const schema = parseSurveySchema(
      JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
    );
    const survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), schema);
    const design = buildDesign(survey);
    const jawa = provinces.filter((p) => p.islandGroup === 'Jawa').map((p) => p.bpsCode);
    expect(jawa.sort()).toEqual(['31', '32', '33', '34', '35', '36']);
    const byIsland = estimateShares(survey, design, {
      by: ['island_group'],
      filter: { wave: ['2026'] },
    }).rows;
    const present = jawa.filter((code) => survey.province!.levels.includes(code));
    const filtered = estimateShares(survey, design, { filter: { wave: ['2026'], province: present } }).rows;
    for (const code of ['JP', 'DE', 'HK']) {
      const a = byIsland.find((r) => r['island_group'] === 'Jawa' && r.destination === code)!;
      const b = filtered.find((r) => r.destination === code)!;
      expect(a.estimate).toBeCloseTo(b.estimate!, 14);
      expect(a.se).toBeCloseTo(b.se!, 14);
      expect(a.n_unweighted).toBe(b.n_unweighted);
    }
  });
});
