import { describe, expect, it } from 'vitest';
import { CHART_NAMES, chartBuilders, getChartBuilder, rankingChart, trendChart } from '../../src/index.ts';
import { estimateRow } from '../helpers/literal-rows.ts';

const rows = [estimateRow('JP', 0.3, [0.27, 0.33]), estimateRow('DE', 0.1, [0.08, 0.12])];

describe('chartBuilders', () => {
  it('has one entry per chart name, under its own name, with a summary in both languages', () => {
    expect(Object.keys(chartBuilders)).toEqual([...CHART_NAMES]);
    for (const name of CHART_NAMES) {
      expect(chartBuilders[name].name).toBe(name);
      expect(chartBuilders[name].summary.en).not.toBe('');
      expect(chartBuilders[name].summary.id).not.toBe('');
    }
  });

  it('chartBuilders.ranking.build({ rows }, options) equals rankingChart(rows, options)', () => {
    expect(chartBuilders.ranking.build({ rows }, { lang: 'id' })).toEqual(rankingChart(rows, { lang: 'id' }));
  });

  it('chartBuilders.trend.build({ rows, changes }) passes the changes on', () => {
    const waves = rows.map((r) => ({ ...r, wave: '2026' }));
    expect(chartBuilders.trend.build({ rows: waves, changes: [] })).toEqual(trendChart(waves, []));
  });

  it("getChartBuilder('province-map') finds the entry; an unknown name throws listing the names", () => {
    expect(getChartBuilder('province-map').name).toBe('province-map');
    expect(() => getChartBuilder('pie')).toThrow(
      'invalid chart "pie": expected one of ranking, comparison, heatmap, trend, bump, province-map, world-map, readiness, placements',
    );
  });
});
