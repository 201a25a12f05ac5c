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
  type Text,
  trendChart,
  worldMap,
} from '@minat/charts';
import type { Lang, ValidatedSurvey } from '@minat/core';
import type { ReportResults } from './report-results.ts';

/** A Vega-Lite spec as the builders return it. */
export type ChartSpec = ReturnType<typeof rankingChart>;

/** One chart of the report: its spec and the published rows behind it (for the CSV and HTML table). */
export interface ReportChart {
  name: ChartName;
  spec: ChartSpec;
  rows: Record<string, unknown>[];
}

const BASE = {
  en: (wave?: string) => `respondents who answered${wave ? `, wave ${wave}` : ''}`,
  id: (wave?: string) => `responden yang menjawab${wave ? `, putaran ${wave}` : ''}`,
};

/**
 * Builds every chart the results allow, in one language, in the order of `CHART_NAMES`.
 *
 * @param results - from `reportResults`
 * @param survey - the survey (for group labels and the footer context)
 * @param lang - `en` or `id`
 * @param context - footer facts; `base` is set per chart
 * @returns the charts, each with its spec and rows
 * @example reportCharts(results, survey, 'id', reportContext(survey, base))
 */
export function reportCharts(
  results: ReportResults,
  survey: ValidatedSurvey,
  lang: Lang,
  context: ChartContext,
): ReportChart[] {
  const { wave } = results;
  const base = (w?: string) => ({ ...context, base: { en: BASE.en(w), id: BASE.id(w) } });
  const now = base(wave);
  const charts: ReportChart[] = [];
  const add = (name: ChartName, rows: readonly object[], build: () => ChartSpec) => {
    if (rows.length > 0) charts.push({ name, spec: build(), rows: rows as Record<string, unknown>[] });
  };
  add('ranking', results.ranking, () =>
    rankingChart(results.ranking, { lang, context: now, ...(results.other ? { other: results.other } : {}) }),
  );
  if (results.comparison) {
    const { by, rows } = results.comparison;
    add('comparison', rows, () =>
      dumbbellChart(rows, {
        lang,
        context: now,
        labels: codeLabels(survey, by),
        groupLabel: groupLabel(survey, by),
      }),
    );
  }
  if (results.heatmap) {
    const { by, rows } = results.heatmap;
    add('heatmap', rows, () =>
      heatmap(rows, {
        lang,
        context: now,
        group: by,
        labels: codeLabels(survey, by),
        ...(by === 'province' ? {} : { groupLabel: groupLabel(survey, by) }),
      }),
    );
  }
  if (results.trend) {
    const { rows, changes } = results.trend;
    add('trend', rows, () => trendChart(rows, changes, { lang, context: base() }));
  }
  if (results.rankByWave) {
    const rows = results.rankByWave;
    add('bump', rows, () => bumpChart(rows, { lang, top: 8, context: base() }));
  }
  if (results.byProvince) {
    const rows = results.byProvince;
    const leading = results.ranking.find((r) => r.estimate !== null)?.destination;
    if (leading)
      add('province-map', rows, () => provinceTileMap(rows, { lang, destination: leading, context: now }));
  }
  const national = results.national.filter((r) => r.measure === 'first');
  const mapped = national.length > 0 ? national : results.national;
  add('world-map', mapped, () => worldMap(mapped, { lang, context: now }));
  if (results.readiness) {
    const rows = results.readiness;
    add('readiness', rows, () => readinessChart(rows, { lang, context: now }));
  }
  if (results.placements) {
    const { rows } = results.placements;
    add('placements', rows, () => placementsChart(rows, { lang, context: now }));
  }
  return charts;
}

function dimension(survey: ValidatedSurvey, key: string) {
  return survey.schema.dimensions.find((d) => d.key === key);
}

function codeLabels(survey: ValidatedSurvey, key: string): Record<string, Text> {
  const codes = dimension(survey, key)?.codes ?? [];
  return Object.fromEntries(codes.map((c) => [c.code, c.label]));
}

function groupLabel(survey: ValidatedSurvey, key: string): Text {
  return dimension(survey, key)?.label ?? key;
}
