import { readFile } from 'node:fs/promises';
import {
  buildDesign,
  type CompareResult,
  compareGroups,
  type EstimateRow,
  estimateOtherShare,
  estimateShares,
  type PlacementComparisonRow,
  parseSurveySchema,
  placementsComparison,
  publishComparison,
  publishRanking,
  publishRows,
  publishTrend,
  type RankingRow,
  type ReadinessRow,
  rankDestinations,
  readiness,
  readTable,
  type TrendChange,
  trend,
  validateSurvey,
} from '@minat/core';

/** The results of the sample survey (wave 2026 unless said otherwise) that the chart examples draw. */
export interface SampleResults {
  /** National ranking, wave 2026 (published: reliability flags, suppression). */
  ranking: RankingRow[];
  /** The share choosing any destination outside the top 10, estimated as its own share (destination `other`). */
  other: EstimateRow;
  /** Ranking within one small province (Jambi, 15; n = 40), to show unreliable and suppressed cells. */
  smallProvince: RankingRow[];
  /** Trend 2023–2026: per-wave rows and changes. */
  trendRows: EstimateRow[];
  trendChanges: TrendChange[];
  /** Ranking by wave (rank and rank intervals per wave). */
  rankByWave: RankingRow[];
  /** Shares by province × destination. */
  byProvince: EstimateRow[];
  /** Ranking within each province. */
  rankByProvince: RankingRow[];
  /** National shares of every destination. */
  national: EstimateRow[];
  /** Women compared with men. */
  bySex: CompareResult['rows'];
  readiness: ReadinessRow[];
  placements: PlacementComparisonRow[];
}

const sample = (name: string) => new URL(`../../../../data/sample/${name}`, import.meta.url);
const WAVE = { wave: ['2026'] };
const SEED = 20260212;
let cached: Promise<SampleResults> | undefined;

async function compute(): Promise<SampleResults> {
  const table = await readTable({ name: 'survey.csv', text: await readFile(sample('survey.csv'), 'utf8') });
  const schema = parseSurveySchema(JSON.parse(await readFile(sample('survey.json'), 'utf8')));
  const survey = validateSurvey(table, schema);
  const design = buildDesign(survey);
  const ranking = publishRanking(rankDestinations(survey, design, { filter: WAVE, seed: SEED }));
  const top = ranking.slice(0, 10).map((r) => r.destination);
  const other = publishRows([estimateOtherShare(survey, design, top, { filter: WAVE })!])[0]!;
  const published = publishTrend(trend(survey, design));
  const national = publishRows(estimateShares(survey, design, { filter: WAVE }).rows);
  const rankByProvince = publishRanking(
    rankDestinations(survey, design, { filter: WAVE, by: ['province'], seed: SEED }),
  );
  return {
    ranking,
    other,
    smallProvince: rankByProvince
      .filter((r) => r['province'] === '15')
      .map(({ province: _, ...r }) => r as RankingRow),
    trendRows: published.rows,
    trendChanges: published.changes,
    rankByWave: publishRanking(rankDestinations(survey, design, { by: ['wave'], seed: SEED })),
    byProvince: publishRows(estimateShares(survey, design, { filter: WAVE, by: ['province'] }).rows),
    rankByProvince,
    national,
    bySex: publishComparison(compareGroups(survey, design, { filter: WAVE, by: 'sex' })),
    readiness: publishRows(readiness(survey, design, { filter: WAVE }).rows),
    placements: placementsComparison(
      national.filter((r) => r.measure === 'first'),
      { wave: '2026' },
    ).rows,
  };
}

/**
 * Runs `@minat/core` once per process on the sample survey (`data/sample/survey.csv` with its schema)
 * and returns the results every chart example draws. Seeded, so the results are the same every run.
 * @example const { ranking, other } = await sampleResults();
 */
export function sampleResults(): Promise<SampleResults> {
  cached ??= compute();
  return cached;
}
