import {
  type CompareResult,
  compareGroups,
  type EstimateRow,
  estimateOtherShare,
  estimateShares,
  latestWave,
  type PlacementComparisonRow,
  placementsComparison,
  publishComparison,
  publishRanking,
  publishRows,
  publishTrend,
  type RankingRow,
  type ReadinessRow,
  rankDestinations,
  readiness,
  type SurveyDesign,
  type TrendChange,
  trend,
  type ValidatedSurvey,
  waveOrder,
} from '@minat/core';

/** What the report draws; every row published (reliability flags, small cells suppressed). */
export interface ReportResults {
  /** The wave shown (latest unless chosen), or undefined for a survey without waves. */
  wave?: string;
  ranking: RankingRow[];
  /** Destinations outside the top 10 estimated as one share, when there are more than 10. */
  other?: EstimateRow;
  /** Shares of every destination (first choice when ranked). */
  national: EstimateRow[];
  /** The comparison grouping key and its published rows. */
  comparison?: { by: string; rows: CompareResult['rows'] };
  /** Shares by group × destination (province when known, else the comparison grouping). */
  heatmap?: { by: string; rows: EstimateRow[] };
  trend?: { rows: EstimateRow[]; changes: TrendChange[]; waves: string[] };
  rankByWave?: RankingRow[];
  byProvince?: EstimateRow[];
  readiness?: ReadinessRow[];
  placements?: { rows: PlacementComparisonRow[]; note: string };
}

/** Options of {@link reportResults}. */
export interface ReportResultsOptions {
  /** Wave to show (default: the latest). */
  wave?: string;
  /** Grouping dimension key for the comparison (default: `sex` when the survey has it). */
  by?: string;
  /** Seed of the ranking replicates; default 20260212 so reports are reproducible. */
  seed?: number;
  /** Progress callback for the long steps. */
  progress?: (step: string) => void;
}

/**
 * Runs every analysis the report can show on a validated survey and publishes the rows (NCHS
 * reliability, suppression of cells under 5 respondents / bases under 30). Analyses the data do not
 * allow (no waves, no province, no readiness fields) are left out.
 *
 * @param survey - the validated survey
 * @param design - its design from `buildDesign`
 * @param options - {@link ReportResultsOptions}
 * @returns the published results
 * @example const results = reportResults(survey, buildDesign(survey), { by: 'sex' });
 */
export function reportResults(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: ReportResultsOptions = {},
): ReportResults {
  const step = options.progress ?? (() => {});
  const seed = options.seed ?? 20260212;
  const wave = options.wave ?? latestWave(survey);
  const filter: Record<string, string[]> = wave === undefined ? {} : { wave: [wave] };
  step('ranking');
  const ranking = publishRanking(rankDestinations(survey, design, { filter, seed }));
  const national = publishRows(estimateShares(survey, design, { filter }).rows);
  const results: ReportResults = { ranking, national };
  if (wave !== undefined) results.wave = wave;
  const top = ranking.slice(0, 10).map((r) => r.destination);
  const other = estimateOtherShare(survey, design, top, { filter });
  if (other) results.other = publishRows([other])[0]!;
  const by = options.by ?? ('sex' in survey.dimensions ? 'sex' : undefined);
  if (by !== undefined) {
    step('comparison');
    results.comparison = { by, rows: publishComparison(compareGroups(survey, design, { filter, by })) };
  }
  if (survey.province) {
    step('provinces');
    results.byProvince = publishRows(estimateShares(survey, design, { filter, by: ['province'] }).rows);
    results.heatmap = { by: 'province', rows: results.byProvince };
  } else if (by !== undefined) {
    results.heatmap = { by, rows: publishRows(estimateShares(survey, design, { filter, by: [by] }).rows) };
  }
  if (survey.wave && survey.wave.levels.length > 1) {
    step('trend');
    const published = publishTrend(trend(survey, design));
    results.trend = {
      rows: published.rows,
      changes: published.changes,
      waves: waveOrder(survey.wave.levels),
    };
    results.rankByWave = publishRanking(rankDestinations(survey, design, { by: ['wave'], seed }));
  }
  if (survey.readiness) {
    step('readiness');
    results.readiness = publishRows(readiness(survey, design, { filter }).rows);
  }
  if (wave !== undefined && /^\d{4}$/.test(wave)) {
    const first = national.filter((r) => r.measure === 'first');
    try {
      const placements = placementsComparison(first.length > 0 ? first : national, { wave });
      results.placements = { rows: placements.rows, note: placements.note };
    } catch {
      // No placement statistics for this year: the report leaves the chart out.
    }
  }
  return results;
}
