import * as charts from '@minat/charts';
import { describe, expect, it } from 'vitest';

// Every runtime export of @minat/charts. A change here is an API change: review it (design.md convention 2).
const EXPORTS = [
  'CHART_FONT',
  'CHART_NAMES',
  'NUMBER_LOCALES',
  'PALETTE',
  'altText',
  'bumpChart',
  'chartBuilders',
  'chartMessage',
  'chartTheme',
  'destinationName',
  'dumbbellChart',
  'formatInterval',
  'formatNumber',
  'formatPercent',
  'formatPoints',
  'getChartBuilder',
  'groupName',
  'heatmap',
  'normalizeChartOptions',
  'placementsChart',
  'provinceTileMap',
  'rankingChart',
  'readinessChart',
  'rowStatus',
  'surveyChartContext',
  'trendChart',
  'worldMap',
];

describe('@minat/charts', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(charts).sort()).toEqual(EXPORTS);
  });

  it('exports a builder for every registry name', () => {
    for (const name of charts.CHART_NAMES) expect(typeof charts.chartBuilders[name].build).toBe('function');
  });
});
