import { destinationName, formatPercent, rankingChart, worldMap } from '@minat/charts';
import {
  type EstimateResult,
  estimateOtherShare,
  publishRanking,
  publishRows,
  type RankingRow,
  rankDestinations,
  type LocalizedText as Text,
} from '@minat/core';
import { t } from '../../i18n/messages.ts';
import { type AnalysisContext, DASHBOARD_SEED } from '../analysis-context.ts';
import { chartPayload } from '../chart-payload.ts';
import { fastRanking, nationalShares } from './shared-estimates.ts';
import type { ViewAnalysis, ViewOutput } from './view-analysis.ts';

const TOP = 12;

/**
 * Ranking view: ranked bars with intervals and tie brackets, and the world map of the same shares.
 * The estimates, intervals and ties come first (one pass over the data); P(first) and the rank
 * intervals follow from 1,000 seeded Rao–Wu bootstrap replicates (`rankDestinations`).
 */
export const rankingAnalysis: ViewAnalysis = {
  fast: (context) => {
    const estimate = nationalShares(context);
    const fast = fastRanking(context, estimate);
    return {
      ...output(context, fast, estimate),
      notes: [{ level: 'info', text: t(context.request.lang, 'partial.ranking'), partial: true }],
    };
  },
  full: (context) => {
    const { session, survey, design } = context;
    const full = session.cached(`rank:${context.key}`, () =>
      publishRanking(
        rankDestinations(survey, design, { ...context.estimate, seed: DASHBOARD_SEED }),
        context.publish,
      ),
    );
    return output(context, full, nationalShares(context));
  },
};

function output(context: AnalysisContext, ranking: RankingRow[], estimate: EstimateResult): ViewOutput {
  const { session, survey, design, request } = context;
  const lang = request.lang;
  const base: Text = context.base();
  const chart = context.chart(base);
  const top = ranking
    .filter((r) => r.estimate !== null || r.flags.some((f) => f.startsWith('suppressed')))
    .slice(0, TOP)
    .map((r) => r.destination);
  const otherRow = session.cached(`other:${context.key}:${top.join(',')}`, () =>
    estimateOtherShare(survey, design, top, context.estimate),
  );
  const other = otherRow ? publishRows([otherRow], context.publish)[0] : undefined;
  const shares = publishRows(estimate.rows, context.publish);
  return {
    summary: rankingSummary(ranking, lang),
    charts: [
      chartPayload(
        'ranking',
        'ranking',
        rankingChart(ranking, {
          lang,
          context: chart,
          top: TOP,
          ...context.size('ranking'),
          ...(other ? { other } : {}),
        }),
        ranking,
      ),
      chartPayload(
        'world-map',
        'world-map',
        worldMap(shares, { lang, context: chart, ...context.size('world-map') }),
        shares,
      ),
    ],
    notes: [],
  };
}

/** The ranking in words: the leader with its interval and P(first), the runner-up, or their tie. */
function rankingSummary(ranking: RankingRow[], lang: 'en' | 'id'): string | undefined {
  const [first, second] = ranking.filter((r) => r.estimate !== null);
  if (!first || !second || first.ci_low === null || first.ci_high === null) return undefined;
  const params = {
    first: destinationName(first.destination, lang),
    second: destinationName(second.destination, lang),
    share: formatPercent(first.estimate!, lang),
    low: formatPercent(first.ci_low, lang),
    high: formatPercent(first.ci_high, lang),
    share2: formatPercent(second.estimate!, lang),
    pFirst: first.p_first === null ? '' : formatPercent(first.p_first, lang),
  };
  if (first.tie_group !== null && first.tie_group === second.tie_group)
    return t(lang, 'ranking.summaryTie', params);
  return t(lang, first.p_first === null ? 'ranking.summaryFast' : 'ranking.summary', params);
}
