import { MinatError, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainRows } from '../../src/estimate/domain-rows.ts';
import { type RowFilter, rowFilter } from '../../src/estimate/row-filter.ts';

// Rows 0..7: sex, age (blank = missing), wave.
const CSV = [
  'id,w,dest,sex,age,wave',
  '1,1,JP,F,18-24,2025',
  '2,1,DE,M,25-29,2026',
  '3,1,JP,F,,2026',
  '4,1,KR,F,25-29,2026',
  '5,1,JP,M,18-24,2026',
  '6,1,DE,F,18-24,2026',
  '7,1,JP,M,,2025',
  '8,1,KR,F,25-29,2025',
].join('\n');

/** The survey of a CSV with the columns of {@link CSV}. */
async function survey(text = CSV) {
  return validateSurvey(
    await readTable({ name: 'd.csv', text }),
    parseSurveySchema({
      id: 'id',
      weight: 'w',
      wave: 'wave',
      destination: { kind: 'single', column: 'dest' },
      dimensions: [
        { key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } },
        { key: 'age', column: 'age', label: { en: 'Age', id: 'Umur' } },
      ],
    }),
  );
}

describe('domainRows', () => {
  it('domainRows(survey, filter) lists the rows of one, two and three filtered columns, ascending', async () => {
    const s = await survey();
    expect(Array.from(domainRows(s, { sex: ['F'] })!)).toEqual([0, 2, 3, 5, 7]);
    expect(Array.from(domainRows(s, { wave: ['2026'], sex: ['F'] })!)).toEqual([2, 3, 5]);
    expect(Array.from(domainRows(s, { wave: ['2026'], sex: ['F', 'M'], age: ['25-29'] })!)).toEqual([1, 3]);
    // A row missing a filtered column is outside (rows 2 and 6 have no age).
    expect(Array.from(domainRows(s, { age: ['18-24', '25-29'] })!)).toEqual([0, 1, 3, 4, 5, 7]);
    expect(Array.from(domainRows(s, { age: ['18-24'], wave: ['2025'] })!)).toEqual([0]);
    expect(Array.from(domainRows(s, { sex: ['F'], wave: ['2025'], age: ['25-29'] })!)).toEqual([7]);
  });

  it('domainRows(survey, filter) keeps the rows rowFilter marks, and none for an empty value list', async () => {
    const s = await survey();
    const filters: RowFilter[] = [{ sex: ['M'] }, { wave: ['2025', '2026'], age: ['18-24'] }, { sex: [] }];
    for (const f of filters) {
      const marked = Array.from(rowFilter(s, f)).flatMap((k, i) => (k === 1 ? [i] : []));
      expect(Array.from(domainRows(s, f)!)).toEqual(marked);
    }
    expect(domainRows(s, { sex: [] })!.length).toBe(0);
  });

  it('domainRows(random survey, random filter) equals the rows rowFilter marks, for one to three columns of one or more levels', async () => {
    const levels = { sex: ['F', 'M'], age: ['a', 'b', 'c', 'd'], wave: ['2024', '2025', '2026'] };
    const cell = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.constant(''));
    const row = fc.record({
      sex: cell(levels.sex),
      age: cell(levels.age),
      wave: fc.constantFrom(...levels.wave),
    });
    const subset = (values: string[]) => fc.subarray(values, { minLength: 1 });
    const filter = fc.record(
      { sex: subset(levels.sex), age: subset(levels.age), wave: subset(levels.wave) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), filter, async (rows, f) => {
        const csv = [
          'id,w,dest,sex,age,wave',
          ...rows.map((r, i) => `${i},1,JP,${r.sex},${r.age},${r.wave}`),
        ].join('\n');
        const s = await survey(csv);
        // Only levels the generated column takes (a filter naming another is an error, tested above).
        const usable: RowFilter = {};
        for (const [key, values] of Object.entries(f)) {
          const seen = new Set(rows.map((r) => r[key as keyof typeof r]));
          const kept = values.filter((v) => seen.has(v));
          if (kept.length > 0) usable[key] = kept;
        }
        const marked = Array.from(rowFilter(s, usable)).flatMap((k, i) => (k === 1 ? [i] : []));
        const found = domainRows(s, usable);
        expect(found === undefined ? rows.map((_, i) => i) : Array.from(found)).toEqual(marked);
      }),
      { numRuns: 300 },
    );
  });

  it('domainRows(survey, undefined or {}) is undefined (every row)', async () => {
    const s = await survey();
    expect(domainRows(s, undefined)).toBeUndefined();
    expect(domainRows(s, {})).toBeUndefined();
  });

  it('domainRows(survey, filter) names the value a column never takes', async () => {
    const s = await survey();
    expect(() => domainRows(s, { sex: ['X'] })).toThrow(MinatError);
    expect(() => domainRows(s, { sex: ['X'] })).toThrow(
      'invalid filter value "X" for sex: expected one of F, M',
    );
    expect(() => rowFilter(s, { age: ['F'] })).toThrow('invalid filter value "F" for age');
  });
});
