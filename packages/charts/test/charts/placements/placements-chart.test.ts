import type { PlacementComparisonRow } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { altText, placementsChart } from '../../../src/index.ts';
import { bodyOf, footerText } from '../../helpers/literal-rows.ts';

const row = (d: string, survey: number | null, placement: number | null): PlacementComparisonRow => ({
  destination: d,
  name: d,
  survey_share: survey,
  survey_ci_low: survey === null ? null : survey - 0.01,
  survey_ci_high: survey === null ? null : survey + 0.01,
  placement_share: placement,
  ratio: null,
  gap: null,
  placement_count: placement === null ? null : Math.round(placement * 297434),
  placement_year: 2024,
  placement_total: placement === null ? null : 297434,
  source_key: placement === null ? null : 'detik_2024',
  source_url: placement === null ? null : 'https://example.org/x',
  confidence: placement === null ? null : 'medium',
  note: '',
});
const rows = [
  row('JP', 0.287, 0.043),
  row('DE', 0.136, null),
  row('HK', 0.065, 0.335),
  row('ZZ', 0.005, null),
  row('PL', 0.005, null),
];
const bars = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;

describe('placementsChart', () => {
  it('shows destinations leading either measure, in order of survey share, two bars each', () => {
    const b = bars(placementsChart(rows, { top: 3 }));
    expect(b.map((x) => `${x['code']} ${x['series']} ${x['value']} ${x['missing']}`)).toEqual([
      'JP Survey: first choice 0.287 ',
      'JP Placements 2024 0.043 ',
      'DE Survey: first choice 0.136 ',
      'DE Placements 2024 null not published',
      'HK Survey: first choice 0.065 ',
      'HK Placements 2024 0.335 ',
    ]);
  });

  it('never shows a URL: the footer cites the placement year, total and source key', () => {
    const spec = placementsChart(rows, { lang: 'id' });
    expect(footerText(spec)).toContain(
      'Penempatan: bagian dari 297.434 pekerja migran Indonesia yang ditempatkan pada 2024 (BP2MI/KP2MI; detik_2024)',
    );
    expect(JSON.stringify(spec)).not.toMatch(/https?:\/\/(?!vega\.github\.io\/schema)/);
  });

  it('says "placements not published" in the alt text rather than a zero', () => {
    expect(altText(placementsChart(rows, { top: 3, title: 'P' }))).toBe(
      'Bar chart. P. Japan 28.7% (27.7–29.7%) of first choices vs 4.3% of placements; Germany 13.6% (12.6–14.6%) of first choices, ' +
        'placements not published; Hong Kong 6.5% (5.5–7.5%) of first choices vs 33.5% of placements.',
    );
  });
});
