import type { Lang } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import {
  bumpChart,
  type ChartContext,
  type ChartName,
  dumbbellChart,
  heatmap,
  placementsChart,
  provinceTileMap,
  rankingChart,
  readinessChart,
  trendChart,
  worldMap,
} from '../../src/index.ts';
import { type SampleResults, sampleResults } from './sample-results.ts';

/** One chart example: the builder it shows and how it is built from the sample's results. */
export interface ChartExample {
  /** Unique name, used for snapshot and gallery files (`ranking`, `ranking-small-province`, …). */
  name: string;
  /** The registry name of the builder. */
  chart: ChartName;
  build(results: SampleResults, lang: Lang): TopLevelSpec;
}

const context = (base: { en: string; id: string }): ChartContext => ({
  question: { en: 'Preferred destination countries (top 3)', id: 'Negara tujuan pilihan (3 teratas)' },
  base,
  weighting: { en: 'design weights of the sample', id: 'bobot desain sampel' },
  ci: 'logit',
  level: 0.95,
  reliability: 'nchs',
  source: {
    en: 'Minat sample survey (SYNTHETIC data, not real responses)',
    id: 'Survei contoh Minat (data SINTETIS, bukan jawaban nyata)',
  },
  dataVersion: 'sample seed 20260212',
});
const answered2026 = context({
  en: 'respondents who answered, wave 2026',
  id: 'responden yang menjawab, putaran 2026',
});

/**
 * The example corpus: every builder on the sample survey's results, used by the snapshot and
 * no-warnings tests and by the gallery.
 */
export const chartExamples: ChartExample[] = [
  {
    name: 'ranking',
    chart: 'ranking',
    build: (r, lang) => rankingChart(r.ranking, { lang, other: r.other, context: answered2026 }),
  },
  {
    name: 'ranking-small-province',
    chart: 'ranking',
    build: (r, lang) =>
      rankingChart(r.smallProvince, {
        lang,
        top: 8,
        title: { en: 'Preferred destinations in Jambi', id: 'Negara tujuan pilihan di Jambi' },
        context: context({ en: 'respondents in Jambi, wave 2026', id: 'responden di Jambi, putaran 2026' }),
      }),
  },
  {
    name: 'trend',
    chart: 'trend',
    build: (r, lang) =>
      trendChart(r.trendRows, r.trendChanges, {
        lang,
        context: context({
          en: 'respondents who answered, each wave',
          id: 'responden yang menjawab, tiap putaran',
        }),
      }),
  },
  {
    name: 'bump',
    chart: 'bump',
    build: (r, lang) =>
      bumpChart(r.rankByWave, {
        lang,
        top: 8,
        context: context({
          en: 'respondents who answered, each wave',
          id: 'responden yang menjawab, tiap putaran',
        }),
      }),
  },
  {
    name: 'heatmap',
    chart: 'heatmap',
    build: (r, lang) => heatmap(r.byProvince, { lang, top: 8, context: answered2026 }),
  },
  {
    name: 'province-map',
    chart: 'province-map',
    build: (r, lang) => provinceTileMap(r.byProvince, { lang, destination: 'JP', context: answered2026 }),
  },
  {
    name: 'province-map-top',
    chart: 'province-map',
    build: (r, lang) => provinceTileMap(r.rankByProvince, { lang, mode: 'top', context: answered2026 }),
  },
  {
    name: 'world-map',
    chart: 'world-map',
    build: (r, lang) =>
      worldMap(
        r.national.filter((x) => x.measure === 'first'),
        { lang, context: answered2026 },
      ),
  },
  {
    name: 'comparison',
    chart: 'comparison',
    build: (r, lang) =>
      dumbbellChart(r.bySex, {
        lang,
        labels: { F: { en: 'Women', id: 'Perempuan' }, M: { en: 'Men', id: 'Laki-laki' } },
        context: answered2026,
      }),
  },
  {
    name: 'readiness',
    chart: 'readiness',
    build: (r, lang) =>
      readinessChart(r.readiness, {
        lang,
        context: context({
          en: 'respondents naming the destination as first choice, wave 2026',
          id: 'responden yang menyebut negara tujuan sebagai pilihan pertama, putaran 2026',
        }),
      }),
  },
  {
    name: 'placements',
    chart: 'placements',
    build: (r, lang) => placementsChart(r.placements, { lang, context: answered2026 }),
  },
];

export { sampleResults };
