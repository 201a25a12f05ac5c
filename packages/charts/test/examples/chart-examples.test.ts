import { describe, expect, it } from 'vitest';
import { altText, CHART_NAMES } from '../../src/index.ts';
import { compileCollecting } from '../helpers/compile-collecting.ts';
import { normalizeSpec } from '../helpers/normalize-spec.ts';
import { sceneItems } from '../helpers/scene-items.ts';
import { chartExamples, sampleResults } from './chart-examples.ts';

const results = await sampleResults();
const LANGS = ['en', 'id'] as const;

describe('chart examples (the sample survey, wave 2026)', () => {
  it('cover every builder of the registry', () => {
    expect([...new Set(chartExamples.map((e) => e.chart))].sort()).toEqual([...CHART_NAMES].sort());
  });

  for (const example of chartExamples) {
    for (const lang of LANGS) {
      describe(`${example.name} (${lang})`, () => {
        const spec = example.build(results, lang);

        it('matches its Vega-Lite snapshot', async () => {
          await expect(`${JSON.stringify(normalizeSpec(spec), null, 2)}\n`).toMatchFileSnapshot(
            `../__snapshots__/${example.name}.${lang}.vl.json`,
          );
        });

        it('compiles with zero Vega-Lite warnings', () => {
          expect(compileCollecting(spec).warnings).toEqual([]);
        });

        it('is deterministic: built twice, the JSON is identical', () => {
          expect(JSON.stringify(example.build(results, lang))).toBe(JSON.stringify(spec));
        });

        it('carries its alt text as description and the locale of its language', () => {
          const s = spec as { description?: string; config?: { locale?: { number?: { decimal?: string } } } };
          expect(altText(spec)).toBe(s.description);
          expect(s.config?.locale?.number?.decimal).toBe(lang === 'id' ? ',' : '.');
        });

        it('draws a suppressed value with no number: no value behind its marks, no digit in its text', async () => {
          const items = await sceneItems(spec);
          const suppressed = items.filter(
            (i) => i.datum['status'] === 'suppressed' || i.datum['suppressed'] === true,
          );
          for (const item of suppressed) {
            for (const field of ['estimate', 'value', 'group_estimate', 'reference_estimate']) {
              expect(typeof item.datum[field], `${item.marktype} ${field}`).not.toBe('number');
            }
            if (item.marktype === 'text') expect(item.text ?? '').not.toMatch(/\d/);
          }
        });
      });
    }
  }
});
