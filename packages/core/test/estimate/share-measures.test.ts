import { readFileSync } from 'node:fs';
import { buildDesign, estimateShares, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { rCase } from './r-fixtures.ts';

async function smrk() {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/r-reference/sm-rk.csv', import.meta.url)));
  const survey = validateSurvey(
    await readTable({ name: 'sm-rk.csv', bytes }),
    parseSurveySchema({
      weight: 'w',
      strata: 'st',
      psu: 'psu',
      destination: { kind: 'ranked', columns: ['r1', 'r2', 'r3'] },
      questions: [
        {
          kind: 'multi',
          key: 'considered',
          options: [
            { code: 'DE', column: 'DE' },
            { code: 'CA', column: 'CA' },
            { code: 'UK', column: 'UK' },
          ],
        },
      ],
    }),
  );
  return { survey, design: buildDesign(survey) };
}

const code = (level: string) => (level === 'UK' ? 'GB' : level);

function expectRows(
  rows: { destination: string; estimate: number | null; se: number | null }[],
  levels: string[],
  est: number[],
  se: number[],
) {
  levels.forEach((level, j) => {
    const r = rows.find((x) => x.destination === code(level))!;
    expect(r.estimate!).toBeCloseTo(est[j]!, 12);
    expect(r.se!).toBeCloseTo(se[j]!, 12);
  });
}

describe('share measures reproduce R survey on the SM/RK fixture (T23)', () => {
  it('ranked first = svymean(I(r1 == k))', async () => {
    const { survey, design } = await smrk();
    const e = rCase('T23-ranked').expect;
    expectRows(
      estimateShares(survey, design, { measure: 'first' }).rows,
      e['levels'],
      e['first'],
      e['first_se'],
    );
  });

  it('ranked any = svymean(k in r1..r3), base = respondents with a first choice', async () => {
    const { survey, design } = await smrk();
    const e = rCase('T23-ranked').expect;
    const result = estimateShares(survey, design, { measure: 'any' });
    expectRows(result.rows, e['levels'], e['any'], e['any_se']);
    expect(result.sumsToOne).toBe(false);
  });

  it('ranked borda = svyratio(~b_k, ~pts) with 3/2/1 points', async () => {
    const { survey, design } = await smrk();
    const e = rCase('T23-ranked').expect;
    expectRows(
      estimateShares(survey, design, { measure: 'borda' }).rows,
      e['levels'],
      e['borda_share'],
      e['borda_share_se'],
    );
  });

  it('multi respondents = svymean(~DE+CA+UK); mentions = svyratio(~DE+CA+UK, ~M)', async () => {
    const { survey, design } = await smrk();
    const e = rCase('T23-multi').expect;
    const respondents = estimateShares(survey, design, { question: 'considered' });
    expect(respondents.measure).toBe('respondents');
    expectRows(respondents.rows, e['levels'], e['respondents'], e['respondents_se']);
    expectRows(
      estimateShares(survey, design, { question: 'considered', measure: 'mentions' }).rows,
      e['levels'],
      e['mentions'],
      e['mentions_se'],
    );
  });

  it('rejects a measure the question kind does not have, naming the allowed ones', async () => {
    const { survey, design } = await smrk();
    expect(() => estimateShares(survey, design, { question: 'considered', measure: 'borda' })).toThrow(
      'invalid measure "borda" for a multi question: expected one of respondents, mentions',
    );
  });

  it('regions are their own estimate: the policy-region share equals the sum of its countries for first choice, with its own SE', async () => {
    const { survey, design } = await smrk();
    const countries = estimateShares(survey, design, { measure: 'first' }).rows;
    const regions = estimateShares(survey, design, { measure: 'first', destinations: 'policy-region' }).rows;
    const europe = regions.find((r) => r.destination === 'Europe')!;
    const sum = countries
      .filter((r) => ['DE', 'GB'].includes(r.destination))
      .reduce((a, r) => a + r.estimate!, 0);
    expect(europe.estimate!).toBeCloseTo(sum, 12);
    expect(regions.map((r) => r.destination).sort()).toEqual(['Americas', 'Europe']);
    const seSum = countries
      .filter((r) => ['DE', 'GB'].includes(r.destination))
      .reduce((a, r) => a + r.se!, 0);
    expect(europe.se!).toBeLessThan(seSum);
  });
});
