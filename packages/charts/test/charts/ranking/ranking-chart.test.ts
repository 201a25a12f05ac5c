import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { altText, rankingChart } from '../../../src/index.ts';
import { compileCollecting } from '../../helpers/compile-collecting.ts';
import { bodyOf, estimateRow, footerText, rankingRow } from '../../helpers/literal-rows.ts';
import { sceneItems } from '../../helpers/scene-items.ts';

const rows = [
  rankingRow('JP', 0.287, [0.27, 0.305], 1, 1),
  rankingRow('DE', 0.136, [0.124, 0.149], 2, 2),
  rankingRow('OM', 0, [0, 0.009], 6, 3, { flags: ['boundary'] }),
  rankingRow('TW', 0.076, [0.06, 0.09], 3, 3, { flags: ['caution:nchs'] }),
  rankingRow('MY', 0.069, [0.05, 0.09], 4, 3, { flags: ['unreliable:nchs'] }),
  rankingRow('BH', null, null, null, 3, { flags: ['unreliable:nchs', 'suppressed:numerator'] }),
];
const other = estimateRow('other', 0.2, [0.18, 0.22]);
const values = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;

describe('rankingChart', () => {
  it('rankingChart(rows, { other }) orders bars by rank, then suppressed, then zeros, then the other row', () => {
    const spec = rankingChart(rows, { other });
    expect(values(spec).map((d) => d['code'])).toEqual(['JP', 'DE', 'TW', 'MY', 'BH', 'OM', 'other']);
    expect(values(spec).at(-1)).toMatchObject({ label: 'Other destinations', kind: 'other', estimate: 0.2 });
  });

  it('rankingChart(rows, { top: 2, other }) keeps the two leading bars and the caller’s other row, unsummed', () => {
    const spec = rankingChart(rows, { top: 2, other });
    expect(values(spec).map((d) => [d['code'], d['estimate']])).toEqual([
      ['JP', 0.287],
      ['DE', 0.136],
      ['other', 0.2],
    ]);
  });

  it('draws no bar for a suppressed destination (a true zero keeps its bar) and writes "suppressed" / "disembunyikan" at zero', async () => {
    for (const [lang, word] of [
      ['en', 'suppressed'],
      ['id', 'disembunyikan'],
    ] as const) {
      const items = await sceneItems(rankingChart(rows, { lang }));
      // The bars are the body's first layer; tie brackets are drawn with tick marks (also rects).
      const bars = items.filter((i) => i.mark === 'concat_0_layer_0_marks');
      expect(items.some((i) => i.marktype === 'rect' && i.datum['code'] === 'BH')).toBe(false);
      expect(bars.map((b) => b.datum['code'])).toEqual(['JP', 'DE', 'TW', 'MY', 'OM']);
      const texts = items.filter((i) => i.marktype === 'text' && i.datum['code'] === 'BH').map((i) => i.text);
      expect(texts).toEqual([word]);
    }
  });

  it('writes values in the number format of the language: 28.7% (en), 28,7% (id)', async () => {
    const text = async (lang: 'en' | 'id') =>
      (await sceneItems(rankingChart(rows, { lang })))
        .filter((i) => i.marktype === 'text' && i.datum['code'] === 'JP')
        .map((i) => i.text);
    expect(await text('en')).toEqual(['28.7%']);
    expect(await text('id')).toEqual(['28,7%']);
  });

  it('brackets the shown members of a tie group (TW, MY), leaving out the suppressed and zero ones', () => {
    const spec = rankingChart(rows);
    expect(values(spec).map((d) => [d['code'], d['bracket_position']])).toEqual([
      ['JP', null],
      ['DE', null],
      ['TW', 'first'],
      ['MY', 'last'],
      ['BH', null],
      ['OM', null],
    ]);
    expect(compileCollecting(spec).warnings).toEqual([]);
  });

  it('fades caution and unreliable bars by opacity with a reliability legend of the levels present', () => {
    const bar = (bodyOf(rankingChart(rows))['layer'] as { encoding: Record<string, unknown> }[])[0]!;
    expect(bar.encoding['opacity']).toMatchObject({
      field: 'status_label',
      scale: { domain: ['Reliable', 'Use with caution', 'Unreliable'], range: [1, 0.55, 0.28] },
      legend: { title: 'Reliability' },
    });
    const reliable = (
      bodyOf(rankingChart(rows.slice(0, 2)))['layer'] as { encoding: Record<string, unknown> }[]
    )[0]!;
    expect((reliable.encoding['opacity'] as { legend: unknown }).legend).toBeNull();
  });

  it('draws each level at its own opacity: 1, 0.55 and 0.28, and 1 when every bar is reliable', async () => {
    const drawn = async (spec: TopLevelSpec) => {
      const view = new vega.View(vega.parse(compileCollecting(spec).vega), { renderer: 'none' });
      await view.runAsync();
      const out: Record<string, unknown> = {};
      // The bars: the first layer's marks (the tie brackets are rect marks too).
      const walk = (node: { name?: string; items?: unknown[] }, mark?: string) => {
        const items = (node.items ?? []) as {
          marktype?: string;
          name?: string;
          datum?: { code?: string };
          opacity?: number;
        }[];
        for (const item of items) {
          if (item.marktype !== undefined) walk(item as never, item.name);
          else {
            if (mark === 'concat_0_layer_0_marks' && item.datum?.code) out[item.datum.code] = item.opacity;
            walk(item as never, mark);
          }
        }
      };
      walk((view.scenegraph() as unknown as { root: never }).root);
      view.finalize();
      return out;
    };
    // Reference: the levels of reliabilityOpacity (a point scale would give caution 0.64, and NaN for one level).
    expect(await drawn(rankingChart(rows))).toMatchObject({ JP: 1, DE: 1, TW: 0.55, MY: 0.28 });
    expect(await drawn(rankingChart(rows.slice(0, 2)))).toEqual({ JP: 1, DE: 1 });
  });

  it('writes the alt text from the data: items with intervals, ties, suppressed', () => {
    expect(altText(rankingChart(rows, { other, title: 'Preferred destinations' }))).toBe(
      'Bar chart. Preferred destinations. Japan 28.7% (27.0–30.5%), Germany 13.6% (12.4–14.9%), Taiwan 7.6% (6.0–9.0%), ' +
        'Malaysia 6.9% (5.0–9.0%), Oman 0.0% (0.0–0.9%), Other destinations 20.0% (18.0–22.0%). Taiwan and Malaysia do not differ significantly. ' +
        'Suppressed (too few respondents): Bahrain.',
    );
    expect(altText(rankingChart(rows.slice(0, 2), { lang: 'id', title: 'T' }))).toBe(
      'Diagram batang. T. Jepang 28,7% (27,0–30,5%), Jerman 13,6% (12,4–14,9%).',
    );
  });

  it('puts the base n and the suppression note of the bars shown in the footer', () => {
    expect(footerText(rankingChart(rows, { context: { base: 'all who answered' } }))).toContain(
      'Base: all who answered; n = 400 (unweighted). 1 cell suppressed (left blank, not zero): 1–4 respondents chose the destination.',
    );
    expect(footerText(rankingChart(rows, { top: 2 }))).not.toContain('suppressed');
  });

  it('rankingChart(rows of two groups) throws naming the repeated destination', () => {
    expect(() => rankingChart([...rows, rows[0]!])).toThrow(
      'invalid rows for ranking: destination "JP" appears twice (row 7); expected one row per destination: filter the rows to one group first',
    );
  });

  it('rankingChart(rows without ci_low) throws naming the row and column', () => {
    const { ci_low: _, ...broken } = rows[1]!;
    expect(() => rankingChart([rows[0]!, broken as never])).toThrow(
      'invalid rows for ranking: row 2 has no column "ci_low"',
    );
  });
});
