import { readFileSync } from 'node:fs';
import { buildDesign, estimateShares, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { placementsComparison } from '../../../src/analyse/placements/placements-comparison.ts';

const root = new URL('../../../../../', import.meta.url);

describe('placementsComparison on the sample survey', () => {
  it('wave 2024: Germany is #2 in preference but has no published placement figure; HK and TW are placed far more than preferred', async () => {
    const schema = parseSurveySchema(
      JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
    );
    const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
    const survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), schema);
    const shares = estimateShares(survey, buildDesign(survey), { filter: { wave: ['2024'] } }).rows;
    const { rows } = placementsComparison(shares, { wave: 2024 });
    expect(rows.map((r) => r.destination).slice(0, 2)).toEqual(['JP', 'DE']);
    const at = (code: string) => rows.find((r) => r.destination === code)!;
    // README calibration, 2024: Germany 12.2% of first choices.
    expect(at('DE').survey_share!).toBeCloseTo(0.122, 2);
    expect(at('DE').placement_share).toBeNull();
    expect(at('JP').ratio!).toBeGreaterThan(4);
    expect(at('HK').ratio!).toBeLessThan(0.5);
    expect(at('TW').ratio!).toBeLessThan(0.5);
    expect(at('HK').gap!).toBeCloseTo((at('HK').survey_share! - 99773 / 297434) * 100, 10);
    expect(rows.every((r) => r.placement_year === 2024)).toBe(true);
  });
});
