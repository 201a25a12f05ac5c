import { beforeAll, describe, expect, it } from 'vitest';
import { compareAnalysis } from '../../../src/worker/analyses/compare-analysis.ts';
import { originAnalysis } from '../../../src/worker/analyses/origin-analysis.ts';
import { trendsAnalysis } from '../../../src/worker/analyses/trends-analysis.ts';
import type { ViewAnalysis } from '../../../src/worker/analyses/view-analysis.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { contextFor, sampleRequest, sampleSession } from './sample-session.ts';

let session: SurveySession;
beforeAll(async () => {
  session = await sampleSession();
});

/** Every object in a spec's views (not its theme `config`) that sits under `key`. */
function under(spec: unknown, key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  if (spec && typeof spec === 'object' && 'config' in spec) {
    const { config: _theme, ...views } = spec as Record<string, unknown>;
    spec = views;
  }
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === key && v && typeof v === 'object') found.push(v as Record<string, unknown>);
        walk(v);
      }
    }
  };
  walk(spec);
  return found;
}

const charts = (analysis: ViewAnalysis, view: 'trends' | 'origin' | 'compare', narrow: boolean) =>
  Object.fromEntries(
    analysis.fast(contextFor(session, sampleRequest(view, { narrow }))).charts.map((c) => [c.id, c.spec]),
  );

describe('charts built for a phone screen (request.narrow)', () => {
  it('trend: the destination legend moves above the plot and the change-marker legend goes', () => {
    const wide = charts(trendsAnalysis, 'trends', false)['trend'];
    const narrow = charts(trendsAnalysis, 'trends', true)['trend'];
    expect(under(wide, 'legend').some((l) => l['orient'] === 'right')).toBe(true);
    expect(under(narrow, 'legend').some((l) => l['orient'] === 'right')).toBe(false);
    const colours = under(narrow, 'color').map((c) => c['legend'] as Record<string, unknown>);
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.every((l) => l['orient'] === 'top' && l['columns'] === 3)).toBe(true);
    expect(under(narrow, 'shape').every((s) => s['legend'] === null)).toBe(true);
  });

  it('comparison and heatmap: legends stacked vertically; heatmap cut to 5 destinations', () => {
    const dumbbell = charts(compareAnalysis, 'compare', true)['comparison'];
    expect(under(dumbbell, 'legend').length).toBeGreaterThan(0);
    expect(under(dumbbell, 'legend').every((l) => l['direction'] === 'vertical')).toBe(true);
    const origin = charts(originAnalysis, 'origin', true);
    const cells = under(origin['heatmap'], 'data')
      .flatMap((d) => (Array.isArray(d['values']) ? (d['values'] as Record<string, unknown>[]) : []))
      .filter((v) => 'group_label' in v);
    expect(new Set(cells.map((c) => c['destination'] ?? c['label'])).size).toBe(5);
  });

  it('province map: tiles keep their short label and drop the value line', () => {
    const texts = (spec: unknown) =>
      under(spec, 'encoding')
        .map((e) => (e['text'] as { field?: string } | undefined)?.field)
        .filter(Boolean);
    expect(texts(charts(originAnalysis, 'origin', false)['province-map'])).toContain('value');
    const narrow = texts(charts(originAnalysis, 'origin', true)['province-map']);
    expect(narrow).toContain('tile');
    expect(narrow).not.toContain('value');
  });
});
