import { bumpChart, trendChart } from '@minat/charts';
import {
  publishRanking,
  publishTrend,
  type RankingRow,
  rankDestinations,
  type TrendResult,
  trend,
} from '@minat/core';
import { t } from '../../i18n/messages.ts';
import { type AnalysisContext, DASHBOARD_SEED } from '../analysis-context.ts';
import { chartPayload } from '../chart-payload.ts';
import type { ViewNote } from '../protocol.ts';
import { narrowLegends } from './narrow-legends.ts';
import { fastRanking } from './shared-estimates.ts';
import { trendsSummary } from './trends-summary.ts';
import type { ViewAnalysis, ViewOutput } from './view-analysis.ts';

/** Destinations on the bump chart (the report's). */
const BUMP_TOP = 8;
/** Width of the trend chart's title and footer on wide screens (its plot is 520 px). */
const TREND_TEXT_WIDTH = 540;

/**
 * Trends view: shares per wave with their intervals and the significant changes marked (core's
 * `trend`, waves as independent samples), and the rank of the leading destinations in each wave (a
 * bump chart). Trends span every wave, so the wave filter does not apply (a note says so). The fast
 * part ranks each wave's estimates (ties tested, no bootstrap); the full part adds the rank intervals
 * from 1,000 seeded bootstrap replicates per wave (`rankDestinations` by wave, as the CLI report).
 */
export const trendsAnalysis: ViewAnalysis = {
  fast: (context) => {
    const result = trendOf(context);
    if (!result) return noTrend(context);
    const fast = fastRanking(context, result.estimate, (rows) => inWaves(rows, result.waves));
    const out = output(context, result, fast, false);
    out.notes.push({ level: 'info', text: t(context.request.lang, 'trends.partial'), partial: true });
    return out;
  },
  full: (context) => {
    const result = trendOf(context);
    if (!result) return noTrend(context);
    const { session, survey, design } = context;
    const ranks = session.cached(`trend-rank:${trendKey(context)}`, () =>
      publishRanking(
        rankDestinations(survey, design, { ...context.estimateAllWaves, by: ['wave'], seed: DASHBOARD_SEED }),
        context.publish,
      ),
    );
    return output(context, result, inWaves(ranks, result.waves), true);
  },
};

/** The memo key of a trend: the options without the wave filter (a wave change costs nothing). */
function trendKey(context: AnalysisContext): string {
  return JSON.stringify([context.estimateAllWaves, context.request.settings]);
}

function trendOf(context: AnalysisContext): TrendResult | undefined {
  const { session, survey, design } = context;
  if (!survey.wave || survey.wave.levels.length < 2) return undefined;
  const result = session.cached(`trend:${trendKey(context)}`, () =>
    trend(survey, design, context.estimateAllWaves),
  );
  return result.waves.length < 2 ? undefined : result;
}

function inWaves(rows: RankingRow[], waves: readonly string[]): RankingRow[] {
  return rows.filter((r) => waves.includes(String(r['wave'])));
}

function noTrend(context: AnalysisContext): ViewOutput {
  const { survey, session } = context;
  const result = survey.wave ? session.peek<TrendResult>(`trend:${trendKey(context)}`) : undefined;
  const count = result ? result.waves.length : (survey.wave?.levels.length ?? 0);
  return {
    charts: [],
    notes: [{ level: 'info', text: t(context.request.lang, 'trends.noWaves', { count }) }],
  };
}

function output(
  context: AnalysisContext,
  result: TrendResult,
  ranks: RankingRow[],
  full: boolean,
): ViewOutput {
  const lang = context.request.lang;
  const published = publishTrend(result, context.publish);
  const chart = context.chart(context.base(false));
  const subtitle = { en: t('en', 'trends.bumpSubtitle'), id: t('id', 'trends.bumpSubtitle') };
  const notes: ViewNote[] = [{ level: 'info', text: t(lang, 'filters.trendNote') }];
  const summary = trendsSummary(published.changes, result.waves, lang);
  // The legend sits right of the footer: a footer as wide as the plot (not the builder's plot + 120 px)
  // keeps the legend inside an 890 px main column, even with the longer Indonesian legend title.
  const lines = trendChart(published.rows, published.changes, {
    lang,
    context: chart,
    textWidth: TREND_TEXT_WIDTH,
    ...context.size('trend'),
  });
  return {
    ...(summary ? { summary } : {}),
    charts: [
      chartPayload(
        'trend',
        'trend',
        context.request.narrow ? narrowLegends(lines, { shapes: false }) : lines,
        published.rows,
      ),
      chartPayload(
        'bump',
        'bump',
        bumpChart(ranks, {
          lang,
          top: BUMP_TOP,
          context: chart,
          ...context.size('bump'),
          ...(full ? {} : { subtitle }),
        }),
        ranks,
      ),
    ],
    notes,
  };
}
