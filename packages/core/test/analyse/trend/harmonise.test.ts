import { buildDesign, MinatError, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { harmoniseQuestion } from '../../../src/analyse/trend/harmonise-question.ts';
import { type TrendOptions, trend } from '../../../src/analyse/trend/trend.ts';

/** Two waves: Macau (MO) is asked in 2023 only; Saudi Arabia (SA) is new in 2026. Row 4 ranks MO, then HK. */
const RAW = `id,wave,st,psu,w,d1,d2
1,2023,A,1,10,HK,JP
2,2023,A,1,12,MO,
3,2023,A,2,8,JP,MO
4,2023,A,2,15,MO,HK
5,2023,B,3,9,HK,
6,2023,B,3,11,JP,HK
7,2023,B,4,20,JP,
8,2023,B,4,18,MO,JP
9,2026,A,5,14,HK,SA
10,2026,A,5,12,JP,
11,2026,A,6,10,SA,JP
12,2026,A,6,16,HK,JP
13,2026,B,7,9,JP,
14,2026,B,7,21,JP,HK
15,2026,B,8,13,SA,
16,2026,B,8,11,HK,JP
`;

/** The same answers recoded by hand as the map { MO: 'HK' } says (row 4's second HK dropped). */
const RECODED = RAW.replace('2,2023,A,1,12,MO,', '2,2023,A,1,12,HK,')
  .replace('3,2023,A,2,8,JP,MO', '3,2023,A,2,8,JP,HK')
  .replace('4,2023,A,2,15,MO,HK', '4,2023,A,2,15,HK,')
  .replace('8,2023,B,4,18,MO,JP', '8,2023,B,4,18,HK,JP');

async function load(text: string) {
  const table = await readTable({ name: 'waves-mo.csv', bytes: new TextEncoder().encode(text) });
  const survey = validateSurvey(
    table,
    parseSurveySchema({
      wave: 'wave',
      strata: 'st',
      psu: 'psu',
      weight: 'w',
      destination: { kind: 'ranked', columns: ['d1', 'd2'] },
    }),
  );
  expect(survey.accounting.rejected).toEqual([]);
  return { survey, design: buildDesign(survey) };
}

describe('trend with a harmonisation map', () => {
  for (const measure of ['first', 'any', 'borda'] as const) {
    it(`trend(harmonise: { MO: 'HK' }, measure ${measure}) equals trend on the file recoded by hand`, async () => {
      const a = await load(RAW);
      const b = await load(RECODED);
      const options: TrendOptions = { measure };
      const merged = trend(a.survey, a.design, { ...options, harmonise: { MO: 'HK' } });
      const recoded = trend(b.survey, b.design, options);
      expect(merged.harmonised).toEqual({ MO: 'HK' });
      expect(merged.changes.map((c) => c.destination).sort()).toEqual(['HK', 'JP', 'SA']);
      for (const c of merged.changes) {
        const want = recoded.changes.find((x) => x.destination === c.destination)!;
        expect(c.change).toBeCloseTo(want.change!, 14);
        expect(c.se).toBeCloseTo(want.se!, 14);
        expect(c.df).toBe(want.df);
        expect(c.flags).toEqual(want.flags);
        expect(c.measure).toBe(measure);
      }
      expect(a.survey.destination.levels).toContain('MO');
    });
  }

  it('trend flags SA, new in 2026, new-in-wave: 0 in 2023, change = its 2026 share with the 2026 SE', async () => {
    const { survey, design } = await load(RAW);
    const t = trend(survey, design, { harmonise: { MO: 'HK' } });
    const sa = t.changes.find((c) => c.destination === 'SA')!;
    const row = t.rows.find((r) => r.destination === 'SA' && r['wave'] === '2026')!;
    expect(sa.flags).toEqual(['new-in-wave']);
    expect(sa.from_estimate).toBe(0);
    expect(sa.change).toBeCloseTo((10 + 13) / (14 + 12 + 10 + 16 + 9 + 21 + 13 + 11), 15);
    expect(sa.se).toBeCloseTo(row.se!, 15);
    expect(t.changes.find((c) => c.destination === 'HK')!.flags).toEqual([]);
  });

  it('trend reports the merged ranked answer and unused map entries as info issues', async () => {
    const { survey, design } = await load(RAW);
    const t = trend(survey, design, { harmonise: { MO: 'HK', XK: 'RS' } });
    expect(t.harmonised).toEqual({ MO: 'HK' });
    const merged = t.issues.find((i) => i.code === 'harmonise-merged-answers')!;
    expect(merged.count).toBe(1);
    expect(t.issues.find((i) => i.code === 'harmonise-unused')!.details).toEqual({ codes: ['XK'] });
  });
});

describe('harmoniseQuestion', () => {
  it('harmoniseQuestion merges multi-select codes once per respondent and renames to a new code', () => {
    const q = {
      key: 'considered',
      kind: 'multi' as const,
      base: 'answered' as const,
      levels: ['HK', 'MO', 'JP'],
      slots: [],
      sets: { offsets: Int32Array.from([0, 2, 3, 3]), codes: Int32Array.from([0, 1, 2]) },
      answered: Uint8Array.from([1, 1, 0]),
    };
    const h = harmoniseQuestion(q, { MO: 'HK', JP: 'JPN' });
    expect(h.question.levels).toEqual(['HK', 'JPN']);
    expect([...h.question.sets!.offsets]).toEqual([0, 1, 2, 2]);
    expect([...h.question.sets!.codes]).toEqual([0, 1]);
    expect(h.issues.map((i) => [i.code, i.count])).toEqual([['harmonise-merged-answers', 1]]);
  });

  it('harmoniseQuestion rejects a chained map and an empty code with option-invalid', () => {
    const q = {
      key: 'd',
      kind: 'single' as const,
      base: 'answered' as const,
      levels: ['A'],
      slots: [],
      answered: new Uint8Array(),
    };
    for (const map of [{ MO: 'HK', HK: 'CN' }, { MO: '' }] as Record<string, string>[]) {
      const err = (() => {
        try {
          harmoniseQuestion(q, map);
        } catch (x) {
          return x as MinatError;
        }
      })();
      expect(err).toBeInstanceOf(MinatError);
      expect(err!.code).toBe('option-invalid');
    }
    expect(() => harmoniseQuestion(q, { MO: 'HK', HK: 'CN' })).toThrow(/map MO straight to the code/);
  });
});
