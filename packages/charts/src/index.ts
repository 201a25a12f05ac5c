/**
 * `@minat/charts`: Vega-Lite specs for Minat results. Each builder takes result rows of `@minat/core`
 * (published: reliability flags and suppression applied) and returns a spec with its data inline,
 * title, subtitle and a footer stating question, base, method, reliability, suppression and source,
 * in English or Indonesian (`lang`), in the Okabe–Ito palette, with an alt text from the data.
 * `@minat/charts/node` renders specs to SVG and PNG.
 *
 * @packageDocumentation
 */

export { altText } from './alt/alt-text.ts';
export { bumpChart } from './charts/bump/bump-chart.ts';
export type { DumbbellChartOptions } from './charts/comparison/dumbbell-chart.ts';
export { dumbbellChart } from './charts/comparison/dumbbell-chart.ts';
export type { HeatmapOptions } from './charts/heatmap/heatmap.ts';
export { heatmap } from './charts/heatmap/heatmap.ts';
export { placementsChart } from './charts/placements/placements-chart.ts';
export type { ProvinceTileMapOptions } from './charts/province-map/province-tile-map.ts';
export { provinceTileMap } from './charts/province-map/province-tile-map.ts';
export type { RankingChartOptions } from './charts/ranking/ranking-chart.ts';
export { rankingChart } from './charts/ranking/ranking-chart.ts';
export { readinessChart } from './charts/readiness/readiness-chart.ts';
export { trendChart } from './charts/trend/trend-chart.ts';
export { worldMap } from './charts/world-map/world-map.ts';
export type { ChartContext } from './options/chart-context.ts';
export type { ChartOptions } from './options/chart-options.ts';
export type { NormalizedChartOptions } from './options/normalize-chart-options.ts';
export { normalizeChartOptions } from './options/normalize-chart-options.ts';
export type { Text } from './options/text.ts';
export type { ChartName } from './registry/chart-names.ts';
export { CHART_NAMES } from './registry/chart-names.ts';
