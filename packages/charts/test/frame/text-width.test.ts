import { describe, expect, it } from 'vitest';
import { normalizeChartOptions, rankingChart } from '../../src/index.ts';

const rows = [
  {
    destination: 'JP',
    estimate: 0.3,
    ci_low: 0.27,
    ci_high: 0.33,
    flags: [],
    n_unweighted: 1000,
    count_unweighted: 300,
  },
  {
    destination: 'DE',
    estimate: 0.14,
    ci_low: 0.12,
    ci_high: 0.16,
    flags: [],
    n_unweighted: 1000,
    count_unweighted: 140,
  },
];
const context = {
  question: 'Which country would you most like to work in, if you could choose any country in the world?',
  base: 'respondents who answered, wave 2026, sex female, province East Java',
  weighting: 'survey weights (column weight), stratified by province, clusters regency',
  ci: 'logit',
  reliability: 'nchs',
  source: 'Minat synthetic sample survey made by the generator in data/sample',
};

function footer(spec: ReturnType<typeof rankingChart>) {
  const parts = (spec as unknown as { vconcat: { width?: number; data?: { values: { text: string }[] } }[] })
    .vconcat;
  return parts[1]!;
}

describe('textWidth', () => {
  it('wraps the footer to the given width (one line at most width / 5.4 characters)', () => {
    const wide = footer(rankingChart(rows as never, { context }));
    const narrow = footer(rankingChart(rows as never, { context, width: 200, textWidth: 250 }));
    expect(wide.width).toBe(580); // default: plot width 460 + 120
    expect(narrow.width).toBe(250);
    const longest = Math.max(...narrow.data!.values.map((l) => l.text.length));
    expect(longest).toBeLessThanOrEqual(Math.floor(250 / 5.4));
    expect(narrow.data!.values.length).toBeGreaterThan(wide.data!.values.length);
  });

  it('is checked like the width', () => {
    expect(normalizeChartOptions('ranking', { textWidth: 300 }).textWidth).toBe(300);
    expect(() => normalizeChartOptions('ranking', { textWidth: -3 })).toThrow(/textWidth/);
  });
});

describe('ranking tooltips', () => {
  it('give the probability of being first and the rank interval when the rows have them', () => {
    const ranked = rows.map((r, i) => ({
      ...r,
      rank: i + 1,
      p_first: i === 0 ? 0.97 : 0.03,
      rank_low: 1,
      rank_high: i + 1,
    }));
    const spec = rankingChart(ranked as never) as unknown as {
      vconcat: { layer: { encoding: { tooltip?: { field: string }[] } }[] }[];
    };
    const tooltip = spec.vconcat[0]!.layer[0]!.encoding.tooltip!.map((t) => t.field);
    expect(tooltip).toEqual([
      'label',
      'estimate',
      'ci_low',
      'ci_high',
      'p_first_text',
      'rank_interval_text',
      'status_label',
    ]);
    const data = JSON.stringify(spec);
    expect(data).toContain('"p_first":0.97');
    expect(data).toContain('"p_first_text":"97.0%"');
    expect(data).toContain('"rank_interval_text":"1–2"');
    expect(JSON.stringify(rankingChart(ranked as never, { lang: 'id' }))).toContain('"p_first_text":"97,0%"');
    const plain = rankingChart(rows as never) as unknown as typeof spec;
    expect(plain.vconcat[0]!.layer[0]!.encoding.tooltip!.map((t) => t.field)).not.toContain('p_first_text');
  });

  it('keeps them for a ranking whose replicates are not computed yet, saying so', () => {
    const ranked = rows.map((r, i) => ({
      ...r,
      rank: i + 1,
      p_first: null,
      rank_low: null,
      rank_high: null,
    }));
    const spec = rankingChart(ranked as never, { lang: 'id' }) as unknown as {
      vconcat: { layer: { encoding: { tooltip?: { field: string }[] } }[] }[];
    };
    expect(spec.vconcat[0]!.layer[0]!.encoding.tooltip!.map((t) => t.field)).toContain('p_first_text');
    const data = JSON.stringify(spec);
    expect(data).toContain('"p_first_text":"belum dihitung"');
    expect(data).toContain('"rank_interval_text":"belum dihitung"');
  });
});
