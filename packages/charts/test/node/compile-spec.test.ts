import { describe, expect, it } from 'vitest';
import { compileSpec, type VegaSpec } from '../../src/node/compile-spec.ts';
import { barChartSpec } from './bar-chart-spec.ts';

describe('compileSpec', () => {
  it('compileSpec(Vega-Lite bar chart) returns a Vega spec and no warnings', () => {
    const { spec, warnings } = compileSpec(barChartSpec);
    expect(warnings).toEqual([]);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega/v6.json');
    expect(spec.marks?.length).toBeGreaterThan(0);
  });

  it('compileSpec(spec) collects Vega-Lite warnings in order instead of printing them', () => {
    const { warnings } = compileSpec({
      data: { values: [{ a: 'x', b: 1 }] },
      mark: 'bar',
      encoding: {
        x: { field: 'a', type: 'nominal' },
        y: { field: 'b', type: 'quantitative' },
        shape: { field: 'a', type: 'nominal' },
      },
    });
    expect(warnings).toEqual(['shape dropped as it is incompatible with "bar".']);
  });

  it('compileSpec(Vega spec) returns the same object', () => {
    const vega: VegaSpec = { $schema: 'https://vega.github.io/schema/vega/v6.json', marks: [] };
    expect(compileSpec(vega).spec).toBe(vega);
  });

  it('compileSpec(spec without $schema) tells Vega from Vega-Lite by the view keys', () => {
    const vega: VegaSpec = { width: 10, height: 10, marks: [] };
    expect(compileSpec(vega).spec).toBe(vega);
    expect(compileSpec({ data: { values: [] }, mark: 'point' }).spec.marks?.length).toBe(1);
  });
});
