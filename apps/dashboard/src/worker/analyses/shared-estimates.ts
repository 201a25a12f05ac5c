import {
  type EstimateResult,
  estimateShares,
  publishRanking,
  type RankingRow,
  rankingRows,
} from '@minat/core';
import type { AnalysisContext } from '../analysis-context.ts';

/**
 * The shares of every destination under the request's filter and settings, computed once per survey
 * and options for all the views that show them (ranking, table, origin, placements).
 */
export function nationalShares(context: AnalysisContext): EstimateResult {
  const { session, survey, design } = context;
  return session.cached(`est:${context.key}`, () => estimateShares(survey, design, context.estimate));
}

/**
 * The published ranking of an estimate without the bootstrap (ranks, differences from the next, tie
 * groups; P(first) and rank intervals null): the fast part the ranking and trends views draw first.
 * `keep` narrows the rows before they are published (e.g. to the waves shown).
 */
export function fastRanking(
  context: AnalysisContext,
  estimate: EstimateResult,
  keep: (rows: RankingRow[]) => RankingRow[] = (rows) => rows,
): RankingRow[] {
  return publishRanking(
    {
      rows: keep(rankingRows(estimate, new Float64Array(0), 0, 0.05)),
      by: estimate.by,
      question: estimate.question,
      measure: estimate.measure,
      base: estimate.base,
      sumsToOne: estimate.sumsToOne,
      tieLevel: 0.05,
      level: context.request.settings.level,
      replicates: { type: 'subbootstrap', R: 0, seed: null },
      estimate,
      issues: [],
    },
    context.publish,
  );
}
