import { rankingChart } from '@minat/charts';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartExamples } from '../../../../../packages/charts/test/examples/chart-examples.ts';
import {
  type SampleResults,
  sampleResults,
} from '../../../../../packages/charts/test/examples/sample-results.ts';
import { compileCached } from '../../../src/chart/compile-cached.ts';

const quiet = {
  level: () => quiet,
  warn: () => quiet,
  error: () => quiet,
  info: () => quiet,
  debug: () => quiet,
};

let results: SampleResults;
beforeAll(async () => {
  results = await sampleResults();
});

describe('compileCached', () => {
  it('gives exactly what vega-lite compiles, for every chart of the example corpus in both languages', () => {
    for (const example of chartExamples) {
      for (const lang of ['en', 'id'] as const) {
        const spec = example.build(results, lang) as unknown as Record<string, unknown>;
        const expected = JSON.stringify(compile(spec as unknown as TopLevelSpec).spec);
        expect(JSON.stringify(compileCached(spec, quiet)), `${example.name} ${lang}`).toBe(expected);
        // The second time the structure comes from the cache; the result is still the same.
        expect(JSON.stringify(compileCached(spec, quiet)), `${example.name} ${lang} (cached)`).toBe(expected);
      }
    }
  });

  it('reuses a compiled structure for new numbers and puts the new numbers in', () => {
    const rows = results.ranking;
    const a = rankingChart(rows) as unknown as Record<string, unknown>;
    const shifted = rows.map((r) =>
      r.estimate === null ? r : { ...r, estimate: r.estimate * 0.999, ci_high: (r.ci_high ?? 0) * 0.999 },
    );
    const b = rankingChart(shifted) as unknown as Record<string, unknown>;
    compileCached(a, quiet);
    expect(JSON.stringify(compileCached(b, quiet))).toBe(
      JSON.stringify(compile(b as unknown as TopLevelSpec).spec),
    );
    expect(JSON.stringify(compileCached(b, quiet))).not.toEqual(JSON.stringify(compileCached(a, quiet)));
  });
});
