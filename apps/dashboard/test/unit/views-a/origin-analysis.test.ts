import { getProvince } from '@minat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/messages.ts';
import { originAnalysis } from '../../../src/worker/analyses/origin-analysis.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import cli from '../../fixtures/views-a/sample-province-jp-de.json' with { type: 'json' };
import { contextFor, sampleRequest, sampleSession } from './sample-session.ts';

// Reference: the CLI's shares of Japan and Germany by province, wave 2026 (fixtures/views-a/README.md).

let session: SurveySession;
beforeAll(async () => {
  session = await sampleSession();
});

const run = (destination = '', lang: 'en' | 'id' = 'en') =>
  originAnalysis.fast(contextFor(session, sampleRequest('origin', { destination, lang })));

function expectRows(rows: Record<string, unknown>[], code: string) {
  const want = cli.filter((r) => r.destination === code);
  expect(want.length).toBe(38);
  for (const w of want) {
    const row = rows.find((r) => r['province'] === w.province && r['destination'] === code)!;
    expect(row, `${w.province} ${code}`).toBeDefined();
    for (const c of ['estimate', 'se', 'ci_low', 'ci_high'] as const) {
      if (w[c] === null) expect(row[c]).toBeNull();
      else expect(row[c] as number).toBeCloseTo(w[c], 12);
    }
    expect(row['n_unweighted']).toBe(w.n_unweighted);
    // `diff-withheld` belongs to the ranking the fixture comes from, not to the estimate.
    expect(row['flags']).toEqual(w.flags.filter((f) => f !== 'diff-withheld'));
  }
}

describe('originAnalysis', () => {
  it('fast(context) maps the leading destination (Japan) by province: the CLI shares; the heatmap holds them too', () => {
    const out = run();
    const [map, heat] = out.charts;
    expect(map!.id).toBe('province-map');
    expect(map!.rows.length).toBe(38);
    expectRows(map!.rows, 'JP');
    expect(heat!.id).toBe('heatmap');
    expectRows(heat!.rows, 'JP');
    expectRows(heat!.rows, 'DE');
    expect(out.notes).toEqual([]);
  });

  it('fast(context) maps the chosen destination; an unknown one falls back to the leading, with a note', () => {
    expectRows(run('DE').charts[0]!.rows, 'DE');
    const unknown = run('XX');
    expectRows(unknown.charts[0]!.rows, 'JP');
    expect(unknown.notes.map((n) => n.text)).toEqual([
      t('en', 'origin.notFound', { code: 'XX', destination: 'Japan' }),
    ]);
  });

  it('fast(context): the summary names the provinces with the highest and lowest reliable share', () => {
    const reliable = cli
      .filter(
        (r) =>
          r.destination === 'JP' &&
          r.estimate !== null &&
          !r.flags.some((f) => /^(suppressed|unreliable|caution):/.test(f)),
      )
      .sort((a, b) => b.estimate! - a.estimate!);
    const high = reliable[0]!;
    const low = reliable.at(-1)!;
    const name = (code: string, lang: 'en' | 'id') => getProvince(code)!.name[lang];
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(run().summary).toBe(
      `Japan is named most often in ${name(high.province, 'en')} (${pct(high.estimate!)}) and least often in ${name(low.province, 'en')} (${pct(low.estimate!)}), among provinces with a reliable estimate.`,
    );
    expect(run('', 'id').summary).toContain(`Jepang paling sering disebut di ${name(high.province, 'id')}`);
  });

  it('fast(context) on a survey without a province column: no charts, a note', async () => {
    const noProvince = await sampleSession(['province']);
    const out = originAnalysis.fast(contextFor(noProvince, sampleRequest('origin')));
    expect(out.charts).toEqual([]);
    expect(out.notes.map((n) => n.text)).toEqual([t('en', 'origin.noProvince')]);
  });
});
