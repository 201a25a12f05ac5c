import type { TrendChange } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { altText, trendChart } from '../../../src/index.ts';
import { compileCollecting } from '../../helpers/compile-collecting.ts';
import { bodyOf, estimateRow } from '../../helpers/literal-rows.ts';

const wave = (w: string, d: string, e: number | null, ci: [number, number] | null, flags: string[] = []) =>
  estimateRow(d, e, ci, { wave: w, flags });
const rows = [
  wave('2024', 'JP', 0.2, [0.18, 0.22]),
  wave('2024', 'DE', 0.1, [0.09, 0.11]),
  wave('2024', 'BH', null, null, ['suppressed:numerator']),
  wave('2025', 'JP', 0.25, [0.23, 0.27]),
  wave('2025', 'DE', 0.09, [0.08, 0.1]),
  wave('2025', 'BH', 0.01, [0.005, 0.02], ['unreliable:nchs']),
  wave('2026', 'JP', 0.28, [0.26, 0.3]),
  wave('2026', 'DE', 0.12, [0.11, 0.13]),
  wave('2026', 'BH', null, null, ['suppressed:numerator']),
];
const change = (
  from: string,
  to: string,
  d: string,
  c: number,
  p: number,
  span = 'consecutive',
): TrendChange => ({
  from_wave: from,
  to_wave: to,
  span: span as TrendChange['span'],
  destination: d,
  measure: 'first',
  base: 'answered',
  from_estimate: null,
  to_estimate: null,
  change: c,
  se: 0.01,
  ci_low: c - 0.02,
  ci_high: c + 0.02,
  df: 100,
  p_value: p,
  flags: [],
});
const changes = [
  change('2024', '2025', 'JP', 0.05, 0.001),
  change('2025', '2026', 'JP', 0.03, 0.08),
  change('2024', '2025', 'DE', -0.01, 0.3),
  change('2025', '2026', 'DE', 0.03, 0.01),
  change('2024', '2026', 'JP', 0.08, 0.0001, 'first-last'),
  change('2024', '2026', 'DE', 0.02, 0.2, 'first-last'),
];
const points = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;

describe('trendChart', () => {
  it('trendChart(rows, changes, { top: 2 }) draws the two leading destinations of the latest wave, every wave', () => {
    expect(points(trendChart(rows, changes, { top: 2 })).map((p) => `${p['code']} ${p['wave']}`)).toEqual([
      'JP 2024',
      'JP 2025',
      'JP 2026',
      'DE 2024',
      'DE 2025',
      'DE 2026',
    ]);
  });

  it('marks only consecutive changes with p < alpha, rises and falls by name', () => {
    const marked = points(trendChart(rows, changes))
      .filter((p) => p['change'] !== null)
      .map((p) => `${p['code']} ${p['wave']} ${p['change']}`);
    expect(marked).toEqual(['JP 2025 Significant rise', 'DE 2026 Significant rise']);
    const looser = points(trendChart(rows, changes, { alpha: 0.1, lang: 'id' })).filter(
      (p) => p['change'] !== null,
    );
    expect(looser.map((p) => `${p['code']} ${p['wave']} ${p['change']}`)).toEqual([
      'JP 2025 Naik nyata',
      'JP 2026 Naik nyata',
      'DE 2026 Naik nyata',
    ]);
  });

  it('filters and shapes both kinds of change whatever is present; the legend lists those present', () => {
    const changeLayer = (spec: unknown) =>
      (bodyOf(spec)['layer'] as Record<string, any>[]).find((l) => l['mark']?.['size'] === 110)!;
    // The fixture's changes are rises only (at alpha 0.05).
    const rises = changeLayer(trendChart(rows, changes));
    expect(rises['transform']).toEqual([
      { filter: { field: 'change', oneOf: ['Significant rise', 'Significant fall'] } },
    ]);
    expect(rises['encoding']['shape']['scale']).toEqual({
      domain: ['Significant rise', 'Significant fall'],
      range: ['triangle-up', 'triangle-down'],
    });
    expect(rises['encoding']['shape']['legend']['values']).toEqual(['Significant rise']);
    expect(compileCollecting(trendChart(rows, changes)).warnings).toEqual([]);
  });

  it('keeps suppressed points without a value, so the line breaks there', () => {
    const bh = points(trendChart(rows, changes)).filter((p) => p['code'] === 'BH');
    expect(bh.map((p) => [p['wave'], p['estimate'], p['status']])).toEqual([
      ['2024', null, 'suppressed'],
      ['2025', 0.01, 'unreliable'],
      ['2026', null, 'suppressed'],
    ]);
  });

  it('writes the alt text from the first and latest values and the first-to-last change', () => {
    expect(altText(trendChart(rows, changes, { top: 2, title: 'T' }))).toBe(
      'Line chart. T. Japan: 2024 20.0% (18.0–22.0%) → 2026 28.0% (26.0–30.0%) (+8.0 points, significant); ' +
        'Germany: 2024 10.0% (9.0–11.0%) → 2026 12.0% (11.0–13.0%) (+2.0 points, not significant).',
    );
  });

  it('trendChart(rows without a wave) throws naming the row', () => {
    expect(() => trendChart([estimateRow('JP', 0.2, [0.1, 0.3], { wave: '' })], [])).toThrow(
      'invalid rows for trend: row 1 has no wave',
    );
  });
});
