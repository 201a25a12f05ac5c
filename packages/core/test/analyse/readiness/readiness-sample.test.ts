import { readFileSync } from 'node:fs';
import { buildDesign, parseSurveySchema, readTable, type ValidatedSurvey, validateSurvey } from '@minat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ReadinessRow, readiness } from '../../../src/analyse/readiness/readiness.ts';

const root = new URL('../../../../../', import.meta.url);
let survey: ValidatedSurvey;

beforeAll(async () => {
  const schema = parseSurveySchema(
    JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
  );
  const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
  survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), schema);
});

const find = (rows: ReadinessRow[], destination: string, indicator: string, intention?: string) =>
  rows.find(
    (r) =>
      r.destination === destination &&
      r.indicator === indicator &&
      (intention === undefined || r['intention'] === intention),
  )!;

describe('readiness on the sample survey, wave 2026', () => {
  it('those preferring Japan: language-ready share near the README calibration figure 26.4% (within its CI)', () => {
    const { rows } = readiness(survey, buildDesign(survey), { filter: { wave: ['2026'] } });
    const jp = find(rows, 'JP', 'language');
    expect(jp.requirement).toBe('JLPT N4+ or JFT-Basic A2');
    expect(jp.ci_low!).toBeLessThan(0.264);
    expect(jp.ci_high!).toBeGreaterThan(0.264);
    expect(jp.ci_high! - jp.ci_low!).toBeLessThan(0.05);
    // The other calibration figures of data/sample/README.md, also inside the intervals.
    const de = find(rows, 'DE', 'language');
    expect(de.requirement).toBe('CEFR B1+');
    expect(de.ci_low!).toBeLessThan(0.124);
    expect(de.ci_high!).toBeGreaterThan(0.124);
    const kr = find(rows, 'KR', 'language');
    expect(kr.ci_low!).toBeLessThan(0.235);
    expect(kr.ci_high!).toBeGreaterThan(0.235);
    expect(rows.some((r) => r.destination === 'TW' && r.indicator === 'language')).toBe(false);
    // Japan is the most preferred destination, so its rows come first.
    expect(rows[0]!.destination).toBe('JP');
  });

  it('funnel: stage shares of each destination add to 1 and plan+ = plan + preparing', () => {
    const { rows } = readiness(survey, buildDesign(survey), { filter: { wave: ['2026'] } });
    for (const d of ['JP', 'DE', 'KR', 'MY']) {
      const at = ['stage:interest', 'stage:plan', 'stage:preparing'].map((s) => find(rows, d, s).estimate!);
      expect(at[0]! + at[1]! + at[2]!).toBeCloseTo(1, 12);
      expect(find(rows, d, 'stage:plan+').estimate).toBeCloseTo(at[1]! + at[2]!, 12);
    }
  });

  it('among those preferring Japan, preparing respondents are more often language-ready than interest-only ones', () => {
    const { rows } = readiness(survey, buildDesign(survey), {
      filter: { wave: ['2026'] },
      by: ['intention'],
    });
    const interest = find(rows, 'JP', 'language', 'interest');
    const preparing = find(rows, 'JP', 'language', 'preparing');
    expect(preparing.ci_low!).toBeGreaterThan(interest.ci_high!);
    // README calibration: JP first & preparing, JLPT N4+ or JFT: 61.5%.
    expect(preparing.ci_low!).toBeLessThan(0.615);
    expect(preparing.ci_high!).toBeGreaterThan(0.615);
  });
});
