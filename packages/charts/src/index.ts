/**
 * `@minat/charts`: Vega-Lite specs for Minat results.
 *
 * Each builder takes result rows of `@minat/core` (published: reliability flags and small-cell
 * suppression applied) and returns a Vega-Lite spec with its data inline: title and subtitle, the
 * chart, and a footer stating question, base (unweighted n), weighting, interval method and level,
 * reliability standard, suppression and source (from the rows and a `ChartContext`). Text and number
 * formats follow `lang` (`en`, or `id` with decimal comma and thousands dot via `config.locale`);
 * colours are Okabe–Ito; the alt text, generated from the data, is the spec's `description` and
 * `altText(spec)`. Suppressed values are labelled as such, never drawn as zero. Output is
 * deterministic and compiles without Vega-Lite warnings. Builders are also reachable by name through
 * `chartBuilders` (the names `minat report` writes files under). `@minat/charts/node` renders specs
 * to SVG and PNG.
 *
 * @example
 * ```ts
 * import { rankingChart } from '@minat/charts';
 * const spec = rankingChart(publishRanking(rankDestinations(survey, design)), { lang: 'id', other });
 * ```
 *
 * @packageDocumentation
 */

// alt text
export { altText } from './alt/alt-text.ts';
// builders
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
// formatting
export { destinationName } from './format/destination-name.ts';
export { formatInterval } from './format/format-interval.ts';
export { formatNumber } from './format/format-number.ts';
export { formatPercent } from './format/format-percent.ts';
export { formatPoints } from './format/format-points.ts';
export { groupName } from './format/group-name.ts';
// messages
export { chartMessage } from './messages/chart-message.ts';
export type { MessageParams } from './messages/chart-messages.ts';
// options
export type { ChartContext } from './options/chart-context.ts';
export type { ChartOptions } from './options/chart-options.ts';
export type { NormalizedChartOptions } from './options/normalize-chart-options.ts';
export { normalizeChartOptions } from './options/normalize-chart-options.ts';
export type { SurveyChartSettings } from './options/survey-chart-context.ts';
export { surveyChartContext } from './options/survey-chart-context.ts';
export type { Text } from './options/text.ts';
// registry
export type { ChartBuilder, ChartInputs, ChartOptionsByName } from './registry/chart-builders.ts';
export { chartBuilders } from './registry/chart-builders.ts';
export type { ChartName } from './registry/chart-names.ts';
export { CHART_NAMES } from './registry/chart-names.ts';
export { getChartBuilder } from './registry/get-chart-builder.ts';
// rows
export type { RowStatus } from './rows/row-status.ts';
export { rowStatus } from './rows/row-status.ts';
// theme
export { CHART_FONT } from './theme/chart-font.ts';
export { chartTheme } from './theme/chart-theme.ts';
export type { NumberLocale } from './theme/number-locales.ts';
export { NUMBER_LOCALES } from './theme/number-locales.ts';
export { PALETTE } from './theme/palette.ts';
