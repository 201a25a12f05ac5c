import type { GroupDifference } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { altText, dumbbellChart } from '../../../src/index.ts';
import { footerText } from '../../helpers/literal-rows.ts';

const diff = (
  d: string,
  g: number | null,
  r: number | null,
  p: number | null,
  flags: string[] = [],
): GroupDifference => ({
  group: 'F',
  reference: 'M',
  destination: d,
  measure: 'first',
  base: 'answered',
  group_estimate: g,
  reference_estimate: r,
  difference: g === null || r === null ? null : g - r,
  se: 0.01,
  ci_low: g === null || r === null ? null : g - r - 0.02,
  ci_high: g === null || r === null ? null : g - r + 0.02,
  df: 100,
  p_value: p,
  flags,
});
const rows = [
  diff('JP', 0.248, 0.349, 1e-9),
  diff('GB', 0.012, 0.011, 0.8),
  diff('BH', null, null, null, ['suppressed:component']),
];
const layerValues = (spec: unknown, i: number) =>
  (spec as { vconcat: { layer: { data: { values: Record<string, unknown>[] } }[] }[] }).vconcat[0]!.layer[i]!
    .data.values;

describe('dumbbellChart', () => {
  it('writes the difference in points, * when significant, "suppressed" when withheld', () => {
    const pairs = layerValues(dumbbellChart(rows, { labels: { F: 'Women', M: 'Men' } }), 0);
    expect(pairs.map((p) => `${p['label']} ${p['text']} ${p['significance']}`)).toEqual([
      'Japan \u221210.1* Significant (p < 0.05)',
      'United Kingdom +0.1 Not significant',
      'Bahrain suppressed null',
    ]);
  });

  it('draws two dots per comparison, none for a suppressed one', () => {
    const dots = layerValues(dumbbellChart(rows), 1);
    expect(dots.map((d) => `${d['label']} ${d['series']} ${d['value']}`)).toEqual([
      'Japan M 0.349',
      'Japan F 0.248',
      'United Kingdom M 0.011',
      'United Kingdom F 0.012',
    ]);
  });

  it('titles, alt text and footer in Indonesian', () => {
    const spec = dumbbellChart(rows, { lang: 'id', labels: { F: 'Perempuan', M: 'Laki-laki' } });
    expect((spec as { title: { text: string } }).title.text).toBe('Perempuan dibandingkan dengan Laki-laki');
    expect(altText(spec)).toBe(
      'Diagram halter. Perempuan dibandingkan dengan Laki-laki. Jepang: Perempuan 24,8% vs Laki-laki 34,9%, \u221210,1 poin (\u221212,1 sampai \u22128,1), nyata; ' +
        'Inggris: Perempuan 1,2% vs Laki-laki 1,1%, +0,1 poin (\u22121,9 sampai +2,1), tidak nyata. ' +
        'Disembunyikan (responden terlalu sedikit): Bahrain (Perempuan).',
    );
    expect(footerText(spec)).toContain(
      '1 sel disembunyikan (dikosongkan, bukan nol): selisihnya melibatkan sel yang disembunyikan.',
    );
  });
});
