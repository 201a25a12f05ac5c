import { type ChartContext, type ChartName, surveyChartContext } from '@minat/charts';
import type {
  EstimateOptions,
  PublishOptions,
  SurveyDesign,
  LocalizedText as Text,
  ValidatedSurvey,
} from '@minat/core';
import type { AnalysisRequest } from './protocol.ts';
import type { SurveySession } from './survey-session.ts';

/** Seed of every bootstrap the dashboard runs (the report's), so the same view gives the same numbers. */
export const DASHBOARD_SEED = 20260212;

/** Everything an analysis needs, derived once from a request: survey, design, core options, footer. */
export interface AnalysisContext {
  session: SurveySession;
  survey: ValidatedSurvey;
  design: SurveyDesign;
  request: AnalysisRequest;
  /** Options for `estimateShares` and friends (filter, interval, reliability, base, measure, grouping). */
  estimate: EstimateOptions;
  /** The same without the wave filter (trends span every wave). */
  estimateAllWaves: EstimateOptions;
  /** Options for the publish* functions (reliability thresholds, small-cell suppression). */
  publish: PublishOptions;
  /** A memo key for the options (results are cached under it). */
  key: string;
  /** Footer facts for a chart whose shares are among `base`. */
  chart: (base: Text) => ChartContext;
  /** Base in words: "respondents who answered, wave 2026, Female". */
  base: (withWave?: boolean) => Text;
  /** Labels of a grouping's codes, and the grouping's own label. */
  labels: (key: string) => Record<string, Text>;
  groupLabel: (key: string) => Text;
  /** Chart size options for the screen: `{}` on wide screens (the builders' defaults), a narrower `width` on phones. */
  size: (chart: ChartName) => { width?: number; textWidth?: number };
}

/**
 * Plot and text widths that fit a 360–430 px phone screen: the footer starts under the plot, right of
 * the chart's labels, so charts with labels on the left wrap their texts narrower.
 */
const NARROW: Record<ChartName, { width: number; textWidth: number }> = {
  ranking: { width: 200, textWidth: 250 },
  comparison: { width: 190, textWidth: 240 },
  heatmap: { width: 250, textWidth: 240 },
  trend: { width: 250, textWidth: 270 },
  bump: { width: 200, textWidth: 280 },
  'province-map': { width: 300, textWidth: 300 },
  'world-map': { width: 320, textWidth: 320 },
  readiness: { width: 230, textWidth: 260 },
  placements: { width: 200, textWidth: 250 },
};

/**
 * Turns a request into core options, in one place: filters (codes the survey never has are dropped,
 * never silently turned into an empty domain), interval method and level, reliability standard and
 * its threshold, suppression threshold, base rule, measure and destination grouping.
 */
export function analysisContext(session: SurveySession, request: AnalysisRequest): AnalysisContext {
  const { settings } = request;
  const survey = session.surveyFor(settings.weights);
  const design = session.design(settings.weights);
  const info = session.info();
  const filter: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(request.filters)) {
    const grouping = info.groupings.find((g) => g.key === key);
    if (!grouping) continue;
    const kept = values.filter((v) => grouping.levels.some((l) => l.code === v));
    if (kept.length > 0) filter[key] = kept;
  }
  const { wave: _wave, ...withoutWave } = filter;
  const estimate: EstimateOptions = {
    ci: settings.ci,
    level: settings.level,
    reliability: settings.reliability,
    base: settings.base,
    destinations: settings.destinations,
  };
  if (settings.measure && (info.measures as string[]).includes(settings.measure))
    estimate.measure = settings.measure;
  const publish: PublishOptions = {
    reliability: settings.reliability,
    thresholds: { ...settings.thresholds },
    suppression: { numerator: settings.minCell },
    suppress: settings.minCell > 0,
  };
  estimate.reliability = settings.reliability;
  const labelsOf = (key: string) =>
    Object.fromEntries(
      (info.groupings.find((g) => g.key === key)?.levels ?? []).map((l) => [l.code, l.label]),
    );
  const groupLabel = (key: string): Text =>
    info.groupings.find((g) => g.key === key)?.label ?? { en: key, id: key };
  const base = (withWave = true): Text => {
    const parts: { en: string[]; id: string[] } = {
      en: [settings.base === 'all' ? 'all respondents' : 'respondents who answered'],
      id: [settings.base === 'all' ? 'semua responden' : 'responden yang menjawab'],
    };
    for (const [key, values] of Object.entries(filter)) {
      if (key === 'wave' && !withWave) continue;
      const labels = labelsOf(key);
      const g = groupLabel(key);
      for (const lang of ['en', 'id'] as const) {
        const names = values.map((v) => labels[v]?.[lang] ?? v).join(', ');
        parts[lang].push(`${g[lang].toLowerCase()} ${names}`);
      }
    }
    return { en: parts.en.join(', '), id: parts.id.join(', ') };
  };
  return {
    session,
    survey,
    design,
    request,
    estimate: { ...estimate, filter },
    estimateAllWaves: { ...estimate, filter: withoutWave },
    publish,
    key: JSON.stringify([filter, settings]),
    chart: (b) =>
      surveyChartContext(session.survey, b, {
        ci: settings.ci,
        level: settings.level,
        reliability: settings.reliability,
        weighted: settings.weights,
        suppression: { numerator: settings.minCell },
      }),
    base,
    labels: labelsOf,
    groupLabel,
    size: (chart) => (request.narrow ? { ...NARROW[chart] } : {}),
  };
}
