import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { chartExamples } from '../../../../../packages/charts/test/examples/chart-examples.ts';
import {
  type SampleResults,
  sampleResults,
} from '../../../../../packages/charts/test/examples/sample-results.ts';
import { compileExpression, expressionCompiler, type Node } from '../../../src/chart/expression-compiler.ts';
import { drawnSvg } from './drawn-svg.ts';

let results: SampleResults;
beforeAll(async () => {
  results = await sampleResults();
});

/** A chart drawn headless: with vega's own code generation (`eval`), or from syntax trees by `expr`. */
async function draw(spec: Record<string, unknown>, expr?: unknown): Promise<string> {
  const runtime = expr ? vega.parse(spec, undefined, { ast: true }) : vega.parse(spec);
  const view = new vega.View(runtime, { renderer: 'none', ...(expr ? { expr: expr as never } : {}) });
  const svg = await drawnSvg(view);
  view.finalize();
  return svg;
}

// The reference: vega-interpreter, whose semantics the compiler keeps, evaluating the same tree.
const functions = { context: {} } as Record<string, unknown>;
const interpreted = (source: string, datum: unknown, params: Record<string, unknown> = {}) =>
  expressionInterpreter.parameter({ functions } as never, { ast: vega.parseExpression(source) } as never)(
    datum as never,
    params as never,
  );
const compiled = (source: string, datum: unknown, params: Record<string, unknown> = {}) =>
  compileExpression(vega.parseExpression(source) as unknown as Node, functions)(
    params,
    datum,
    undefined,
    undefined,
  );

describe('expressionCompiler', () => {
  it('draws every chart of the example corpus exactly as vega’s own code generation, in both languages', async () => {
    for (const example of chartExamples) {
      for (const lang of ['en', 'id'] as const) {
        const spec = compile(example.build(results, lang) as TopLevelSpec).spec as Record<string, unknown>;
        expect(await draw(spec, expressionCompiler), `${example.name} ${lang}`).toBe(await draw(spec));
      }
    }
  });

  it('evaluates each kind of node as vega-interpreter does', () => {
    const datum = { a: 2, b: 'x', list: ['p', 'q'], nested: { k: 5 }, nothing: null };
    const params = { $sig: 10, $arr: ['q', 'p'] };
    const sources = [
      'datum.a * 3 + datum.nested.k - 1 / 4 % 3',
      "datum['b'] === 'x' ? 'yes' : 'no'",
      "if(datum.a > 1, upper(datum.b), 'small')",
      'indexof(arr, datum.list[0]) + length(datum.list)',
      '(indexof(arr, datum.b) + 1 || 3) - 1',
      "{'k': datum.a, label: datum.b + '!', n: sig}",
      "[PI, E, datum.nothing == null, datum.nothing === null, !datum.a, -datum.a, ~datum.a, +'3']",
      "datum.a >= 2 && datum.b != 'y' || false",
      "join(slice(datum.list, 0, 1), ',') + replace('a-b', '-', '+') + substring('hello', 1, 3)",
      'clamp(datum.a * 100, 0, 50) + max(1, 2, 3) + round(2.5) + pow(2, 3)',
      "test('^x', datum.b) && isFinite(datum.a) && !isNaN(datum.a)",
      "sort(['b', 'a', null]) + reverse(datum.list)",
      'datum.a << 2 | 1 ^ 3 & 7 >> 1 >>> 0',
      "lower('ABC') + trim('  z ') + split('a,b', ',')[1] + parseFloat('1.5') + parseInt('7')",
    ];
    for (const source of sources) {
      expect(compiled(source, datum, params), source).toEqual(interpreted(source, datum, params));
    }
  });

  it('refuses Function and eval as vega-interpreter does: undefined, and an error on the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(compiled('datum.constructor.constructor', {})).toBeUndefined();
    expect(compiled("{'x': datum.constructor.constructor}", {})).toEqual({});
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
