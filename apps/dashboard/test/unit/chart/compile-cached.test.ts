import { rankingChart } from '@minat/charts';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartExamples } from '../../../../../packages/charts/test/examples/chart-examples.ts';
import {
  type SampleResults,
  sampleResults,
} from '../../../../../packages/charts/test/examples/sample-results.ts';
import { compileCached } from '../../../src/chart/compile-cached.ts';
import { collectingLogger, svgOf } from './drawn-svg.ts';

let results: SampleResults;
beforeAll(async () => {
  results = await sampleResults();
});

const plainSvg = (spec: Record<string, unknown>) =>
  svgOf(compile(spec as unknown as TopLevelSpec).spec as Record<string, unknown>);

// Hand-made specs that put lifted lists where the charts do not: a sorted facet, axis values equal to
// a sort, one sort shared by two channels.
const rows = [
  { a: 'x', g: 'p', v: 1 },
  { a: 'y', g: 'q', v: 2 },
];
const handMade: Record<string, unknown>[] = [
  {
    data: { values: rows },
    mark: 'bar',
    encoding: {
      x: { field: 'a', type: 'nominal' },
      y: { field: 'v', type: 'quantitative' },
      column: { field: 'g', type: 'nominal', sort: ['q', 'p'] },
    },
  },
  {
    data: { values: rows },
    mark: 'bar',
    encoding: {
      x: { field: 'a', type: 'nominal', sort: ['y', 'x'], axis: { values: ['y', 'x'] } },
      y: { field: 'v', type: 'quantitative', scale: { domain: [0, 3] } },
    },
  },
  {
    data: { values: rows },
    mark: 'bar',
    encoding: {
      x: { field: 'a', type: 'nominal', sort: ['y', 'x'] },
      y: { field: 'v', type: 'quantitative' },
      color: { field: 'a', type: 'nominal', sort: ['y', 'x'] },
    },
  },
];

describe('compileCached', () => {
  it('draws exactly what vega-lite compiles, for every chart of the example corpus in both languages', async () => {
    for (const example of chartExamples) {
      for (const lang of ['en', 'id'] as const) {
        const spec = example.build(results, lang) as unknown as Record<string, unknown>;
        const want = await plainSvg(spec);
        const logger = collectingLogger();
        expect(await svgOf(compileCached(spec, logger).vega), `${example.name} ${lang}`).toBe(want);
        // The second time the structure comes from the cache; the drawing is still the same.
        expect(await svgOf(compileCached(spec, logger).vega), `${example.name} ${lang} (cached)`).toBe(want);
        expect(logger.messages, `${example.name} ${lang}`).toEqual([]);
      }
    }
  });

  it('draws exactly what vega-lite compiles for sorts, domains and axis values in other places', async () => {
    for (const spec of handMade) {
      expect(await svgOf(compileCached(spec, collectingLogger()).vega)).toBe(await plainSvg(spec));
    }
  });

  it('keeps one structure for new numbers: another order, other domains, other descriptions', () => {
    const a = rankingChart(results.ranking) as unknown as Record<string, unknown>;
    // Every share scaled and the first two swapped: a new order of the bars, a new x domain, new text.
    const shifted = results.ranking.map((r, i) => ({
      ...r,
      rank: r.rank === 1 ? 2 : r.rank === 2 ? 1 : r.rank,
      estimate: r.estimate === null ? null : r.estimate * (i === 1 ? 2.2 : 0.9),
      ci_high: r.ci_high === null ? null : r.ci_high * (i === 1 ? 2.2 : 0.9),
    }));
    const b = rankingChart(shifted) as unknown as Record<string, unknown>;
    const logger = collectingLogger();
    const [ca, cb] = [compileCached(a, logger), compileCached(b, logger)];
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(cb.key).toBe(ca.key);
    expect(cb.inputs.map((i) => i.text)).not.toEqual(ca.inputs.map((i) => i.text));
    expect(cb.description).toBe(b['description']);
    // The sort order is one lookup in the lifted list, not a comparison per destination.
    const vega = JSON.stringify(cb.vega);
    expect(vega).toMatch(/indexof\(__minatP\d+, datum\[\\"label\\"\]\)/);
    expect(vega).not.toMatch(/===\\"Japan\\"/);
  });

  it('keeps one structure for a ranking before and after its bootstrap (the fast and the full payload)', () => {
    const full = results.ranking;
    expect(full.some((r) => r.p_first !== null)).toBe(true);
    const fast = full.map((r) => ({ ...r, p_first: null, rank_low: null, rank_high: null }));
    const logger = collectingLogger();
    const before = compileCached(rankingChart(fast) as unknown as Record<string, unknown>, logger);
    const after = compileCached(rankingChart(full) as unknown as Record<string, unknown>, logger);
    expect(after.key).toBe(before.key);
  });
});
