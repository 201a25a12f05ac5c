import type {
  EstimateRow,
  GroupDifference,
  LocalizedText,
  PlacementComparisonRow,
  RankingRow,
  ReadinessRow,
  TrendChange,
} from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { bumpChart } from '../charts/bump/bump-chart.ts';
import { type DumbbellChartOptions, dumbbellChart } from '../charts/comparison/dumbbell-chart.ts';
import { type HeatmapOptions, heatmap } from '../charts/heatmap/heatmap.ts';
import { placementsChart } from '../charts/placements/placements-chart.ts';
import { type ProvinceTileMapOptions, provinceTileMap } from '../charts/province-map/province-tile-map.ts';
import { type RankingChartOptions, rankingChart } from '../charts/ranking/ranking-chart.ts';
import { readinessChart } from '../charts/readiness/readiness-chart.ts';
import { trendChart } from '../charts/trend/trend-chart.ts';
import { worldMap } from '../charts/world-map/world-map.ts';
import type { ChartOptions } from '../options/chart-options.ts';
import type { ChartName } from './chart-names.ts';

/** What each builder draws, as the registry passes it: the result rows (and the trend's changes). */
export interface ChartInputs {
  ranking: { rows: readonly (EstimateRow | RankingRow)[] };
  comparison: { rows: readonly GroupDifference[] };
  heatmap: { rows: readonly EstimateRow[] };
  trend: { rows: readonly EstimateRow[]; changes: readonly TrendChange[] };
  bump: { rows: readonly RankingRow[] };
  'province-map': { rows: readonly (EstimateRow | RankingRow)[] };
  'world-map': { rows: readonly EstimateRow[] };
  readiness: { rows: readonly ReadinessRow[] };
  placements: { rows: readonly PlacementComparisonRow[] };
}

/** The options each builder takes. */
export interface ChartOptionsByName {
  ranking: RankingChartOptions;
  comparison: DumbbellChartOptions;
  heatmap: HeatmapOptions;
  trend: ChartOptions;
  bump: ChartOptions;
  'province-map': ProvinceTileMapOptions;
  'world-map': ChartOptions;
  readiness: ChartOptions;
  placements: ChartOptions;
}

/** A registry entry: the builder's name, what it shows (for help, docs and the gallery), and the call. */
export interface ChartBuilder<N extends ChartName = ChartName> {
  name: N;
  /** One line in English and Indonesian. */
  summary: LocalizedText;
  /** The `@minat/core` result it draws, in words. */
  input: string;
  build(input: ChartInputs[N], options?: ChartOptionsByName[N]): TopLevelSpec;
}

/**
 * The chart builders by name, read by `minat report` (one `NAME.svg`/`.png`/`.vl.json`/`.csv` per
 * entry), the gallery and the docs. Each entry calls its builder with the rows of `input`.
 * @example chartBuilders.ranking.build({ rows: publishRanking(result) }, { lang: 'id' })
 */
export const chartBuilders: { readonly [N in ChartName]: ChartBuilder<N> } = {
  ranking: {
    name: 'ranking',
    summary: {
      en: 'Ranked destinations with intervals and ties',
      id: 'Peringkat negara tujuan dengan selang dan kesetaraan',
    },
    input: 'publishRanking rows of one group (or published estimate rows); options.other for the rest',
    build: (input, options) => rankingChart(input.rows, options),
  },
  comparison: {
    name: 'comparison',
    summary: { en: 'Group comparison (dumbbell)', id: 'Perbandingan kelompok (halter)' },
    input: 'publishComparison rows',
    build: (input, options) => dumbbellChart(input.rows, options),
  },
  heatmap: {
    name: 'heatmap',
    summary: { en: 'Group × destination heatmap', id: 'Peta panas kelompok × negara tujuan' },
    input: 'published estimate rows by one grouping column',
    build: (input, options) => heatmap(input.rows, options),
  },
  trend: {
    name: 'trend',
    summary: { en: 'Shares across waves', id: 'Persentase antarputaran' },
    input: 'publishTrend rows and changes',
    build: (input, options) => trendChart(input.rows, input.changes, options),
  },
  bump: {
    name: 'bump',
    summary: { en: 'Ranks across waves', id: 'Peringkat antarputaran' },
    input: "publishRanking rows by ['wave']",
    build: (input, options) => bumpChart(input.rows, options),
  },
  'province-map': {
    name: 'province-map',
    summary: { en: 'Province tile map', id: 'Peta ubin provinsi' },
    input:
      "published estimate rows by ['province'] (mode share) or publishRanking rows by ['province'] (mode top)",
    build: (input, options) => provinceTileMap(input.rows, options),
  },
  'world-map': {
    name: 'world-map',
    summary: { en: 'Destinations on a world map', id: 'Negara tujuan di peta dunia' },
    input: 'published estimate rows of one group',
    build: (input, options) => worldMap(input.rows, options),
  },
  readiness: {
    name: 'readiness',
    summary: { en: 'Intention funnel and readiness', id: 'Corong niat dan kesiapan' },
    input: 'published readiness rows of one group',
    build: (input, options) => readinessChart(input.rows, options),
  },
  placements: {
    name: 'placements',
    summary: { en: 'Stated preference vs placements', id: 'Preferensi vs penempatan' },
    input: 'placementsComparison rows',
    build: (input, options) => placementsChart(input.rows, options),
  },
};
