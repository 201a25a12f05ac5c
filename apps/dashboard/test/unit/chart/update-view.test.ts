import type { Lang } from '@minat/core';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledChart, compileCached } from '../../../src/chart/compile-cached.ts';
import { expressionCompiler } from '../../../src/chart/expression-compiler.ts';
import { liveChanges, updateView } from '../../../src/chart/update-view.ts';
import type { ViewName } from '../../../src/state/dashboard-state.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { runView, sampleSession } from '../views-b/session.ts';
import { collectingLogger, drawing, drawnSvg, svgOf } from './drawn-svg.ts';

let sample: SurveySession;
beforeAll(async () => {
  sample = await sampleSession();
});

// Filter changes as a user makes them, one after another (wave 2026 except on the trends view).
const STEPS: Record<string, string[]>[] = [
  {},
  { sex: ['F'] },
  { sex: ['M'] },
  { sex: ['M'], province: ['35'] },
  { island_group: ['Jawa'] },
  { age_group: ['18-24'] },
];

interface Live {
  view: vega.View;
  compiled: CompiledChart;
  logger: ReturnType<typeof collectingLogger>;
}

/**
 * Every chart of `view` through the filter steps, drawn as the dashboard draws it: the live view takes
 * the new numbers when it can, else a new view is made, its expressions evaluated by the expression
 * compiler. Each drawing is compared with a new view of what vega-lite compiles, drawn by vega's own
 * code generation; returns how each chart was drawn at each step.
 */
async function walkSteps(view: ViewName, lang: Lang): Promise<Record<string, string[]>> {
  const live = new Map<string, Live>();
  const how: Record<string, string[]> = {};
  for (const step of STEPS) {
    const filters = view === 'trends' ? step : { wave: ['2026'], ...step };
    for (const chart of runView(sample, view, { filters, lang }).charts) {
      how[chart.id] ??= [];
      const where = `${view} ${lang} ${chart.id} ${JSON.stringify(step)}`;
      const spec = chart.spec as Record<string, unknown>;
      const want = drawing(
        await svgOf(compile(spec as unknown as TopLevelSpec).spec as Record<string, unknown>),
      );
      const compiled = compileCached(spec, collectingLogger());
      const current = live.get(chart.id);
      const changes = current && liveChanges(current.compiled, compiled);
      if (current && changes) {
        await updateView(current.view, compiled, changes);
        current.compiled = compiled;
        how[chart.id]!.push('live');
        expect(drawing(await drawnSvg(current.view)), where).toEqual(want);
        expect(current.logger.messages, where).toEqual([]);
        expect(current.view.description(), where).toBe(spec['description']);
      } else {
        current?.view.finalize();
        const logger = collectingLogger();
        // As the page draws it: expressions from syntax trees by the expression compiler.
        const fresh = new vega.View(vega.parse(compiled.vega, undefined, { ast: true }), {
          renderer: 'none',
          logger: logger as never,
          expr: expressionCompiler as never,
        });
        await fresh.runAsync();
        live.set(chart.id, { view: fresh, compiled, logger });
        how[chart.id]!.push('new');
      }
    }
  }
  for (const l of live.values()) l.view.finalize();
  return how;
}

/**
 * Draws `from`, updates the view live to `to`, and expects the drawing of a new view of `to` (and no
 * warning): the two specs must compile to one structure.
 */
async function expectLiveAsNew(from: Record<string, unknown>, to: Record<string, unknown>, where: string) {
  const logger = collectingLogger();
  const [a, b] = [from, to].map((s) => compileCached(s, logger));
  expect(b!.key, where).toBe(a!.key);
  const changes = liveChanges(a!, b!);
  expect(changes, where).toBeDefined();
  const view = new vega.View(vega.parse(a!.vega, undefined, { ast: true }), {
    renderer: 'none',
    logger: logger as never,
    expr: expressionCompiler as never,
  });
  await view.runAsync();
  await updateView(view, b!, changes!);
  const want = drawing(await svgOf(compile(to as unknown as TopLevelSpec).spec as Record<string, unknown>));
  expect(drawing(await drawnSvg(view)), where).toEqual(want);
  expect(logger.messages, where).toEqual([]);
  view.finalize();
}

const lives = (how: Record<string, string[]>, id: string) =>
  (how[id] ?? []).filter((h) => h === 'live').length;

describe('updateView', () => {
  it('draws the ranking and world map live exactly as new views would, in both languages', async () => {
    for (const lang of ['en', 'id'] as const) {
      const how = await walkSteps('ranking', lang);
      expect(lives(how, 'ranking'), lang).toBeGreaterThanOrEqual(2);
      expect(lives(how, 'world-map'), lang).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);

  it('draws the trend and bump charts live: lines in the order a new view draws them, legends laid out again', async () => {
    for (const lang of ['en', 'id'] as const) {
      const how = await walkSteps('trends', lang);
      expect(lives(how, 'bump'), lang).toBeGreaterThanOrEqual(3);
      // Its colour legend lists the leading destinations, which change with these filters: Vega keeps
      // a live legend's old extent unless it is bounded again (relayoutLegends).
      expect(lives(how, 'trend'), lang).toBeGreaterThanOrEqual(3);
    }
  }, 60_000);

  it('draws the origin, compare, readiness and placements charts live exactly as new views would', async () => {
    const origin = await walkSteps('origin', 'en');
    expect(lives(origin, 'province-map')).toBeGreaterThanOrEqual(3);
    expect(lives(origin, 'heatmap')).toBeGreaterThanOrEqual(3);
    for (const view of ['compare', 'readiness', 'placements'] as const) {
      const how = await walkSteps(view, 'id');
      expect(Object.values(how).flat(), view).toContain('live');
    }
  }, 60_000);

  it('refuses a change of a symbol legend: a world map whose largest circle stands for another share', () => {
    const spec = (max: number) => ({
      data: { values: [{ v: max }, { v: max / 2 }] },
      mark: 'circle',
      encoding: {
        size: {
          field: 'v',
          type: 'quantitative',
          scale: { domain: [0, max] },
          legend: { values: [0.05, 0.1] },
        },
      },
    });
    const logger = collectingLogger();
    const [a, b, c] = [spec(0.3), spec(0.4), spec(0.3)].map((s) => compileCached(s, logger));
    expect(b!.key).toBe(a!.key);
    expect(liveChanges(a!, b!)).toBe(undefined);
    expect(liveChanges(a!, c!)).toBeDefined();
  });
  it('draws a size legend live when its symbols keep their sizes: half and all of the largest circle', async () => {
    const spec = (max: number) => ({
      data: { values: [{ v: max }, { v: max / 2 }, { v: max / 5 }] },
      mark: 'circle',
      encoding: {
        size: {
          field: 'v',
          type: 'quantitative',
          scale: { domain: [0, max], range: [0, 900] },
          legend: { values: [max / 2, max], format: '.0%' },
        },
      },
    });
    for (const [from, to] of [
      [0.3, 0.4],
      [0.4, 0.3],
      [0.2, 0.6],
      [0.06, 0.2],
    ] as const) {
      // Labels laid out again (3% and 6% -> 10% and 20% are wider), symbols where they were.
      await expectLiveAsNew(spec(from), spec(to), `${from} -> ${to}`);
    }
    // Legend entries that stand for other fractions of the domain change size: not live.
    const other = compileCached(
      {
        ...spec(0.4),
        encoding: { size: { ...spec(0.4).encoding.size, legend: { values: [0.1, 0.4], format: '.0%' } } },
      },
      collectingLogger(),
    );
    expect(liveChanges(compileCached(spec(0.4), collectingLogger()), other)).toBeUndefined();
  });

  it('draws a shape legend live when its entries change (the trend chart lists the kinds of change present)', async () => {
    const spec = (present: string[]) => ({
      data: {
        values: [
          { x: 1, y: 1, change: 'Significant rise' },
          { x: 2, y: 2, change: present.includes('Significant fall') ? 'Significant fall' : null },
        ],
      },
      transform: [{ filter: { field: 'change', oneOf: ['Significant rise', 'Significant fall'] } }],
      mark: 'point',
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        shape: {
          field: 'change',
          type: 'nominal',
          scale: {
            domain: ['Significant rise', 'Significant fall'],
            range: ['triangle-up', 'triangle-down'],
          },
          legend: { values: present },
        },
      },
    });
    const both = ['Significant rise', 'Significant fall'];
    for (const [from, to] of [
      [both, ['Significant rise']],
      [['Significant rise'], both],
    ]) {
      await expectLiveAsNew(spec(from!), spec(to!), `${from} -> ${to}`);
    }
  });
});
