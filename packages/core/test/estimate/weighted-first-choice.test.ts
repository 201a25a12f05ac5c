import { readFileSync } from 'node:fs';
import { MinatError, parseSurveySchema, readTable, validateSurvey, weightedFirstChoice } from '@minat/core';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => new URL(`../fixtures/r-reference/${name}`, import.meta.url);

describe('weightedFirstChoice', () => {
  it('reproduces svymean(~dest) point estimates of R survey on d1.csv (T2), UK normalised to GB', async () => {
    const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')).cases.find(
      (c: { id: string }) => c.id === 'T2',
    ).expect;
    const table = await readTable({ name: 'd1.csv', bytes: new Uint8Array(readFileSync(fixture('d1.csv'))) });
    const survey = validateSurvey(
      table,
      parseSurveySchema({
        weight: 'w',
        strata: 'prov',
        psu: 'psu',
        destination: { kind: 'single', column: 'dest' },
      }),
    );
    const rows = weightedFirstChoice(survey);
    const byCode = Object.fromEntries(rows.map((r) => [r.destination, r.estimate]));
    expected.levels.forEach((level: string, k: number) => {
      const code = level === 'UK' ? 'GB' : level;
      expect(byCode[code] ?? 0).toBeCloseTo(expected.estimate[k], 12);
    });
    expect(rows.map((r) => r.destination)).toEqual(['DE', 'CA', 'GB']);
  });

  it('uses respondents who answered as the base: w = 1,2,3,4,5 and JP,DE,JP,–,KR give JP 4/11, KR 5/11, DE 2/11', async () => {
    const table = await readTable({ name: 't.csv', text: 'w,d\n1,JP\n2,DE\n3,JP\n4,\n5,KR\n' });
    const survey = validateSurvey(
      table,
      parseSurveySchema({ weight: 'w', destination: { kind: 'single', column: 'd' } }),
    );
    const rows = weightedFirstChoice(survey);
    expect(rows.map((r) => [r.destination, r.estimate, r.count_unweighted])).toEqual([
      ['KR', 5 / 11, 1],
      ['JP', 4 / 11, 2],
      ['DE', 2 / 11, 1],
    ]);
    expect(rows[0]).toMatchObject({ n_unweighted: 4, n_weighted: 11 });
  });

  it('restricts to one wave and rejects an unknown wave with the list of waves', async () => {
    const table = await readTable({ name: 't.csv', text: 'wave,d\n1,JP\n2,DE\n2,DE\n' });
    const survey = validateSurvey(
      table,
      parseSurveySchema({ wave: 'wave', destination: { kind: 'single', column: 'd' } }),
    );
    expect(weightedFirstChoice(survey, { wave: '2' }).map((r) => [r.destination, r.estimate])).toEqual([
      ['DE', 1],
      ['JP', 0],
    ]);
    expect(() => weightedFirstChoice(survey, { wave: '3' })).toThrow(MinatError);
    expect(() => weightedFirstChoice(survey, { wave: '3' })).toThrow('expected one of 1, 2');
  });
});
