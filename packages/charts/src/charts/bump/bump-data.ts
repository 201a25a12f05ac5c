import { destinationName } from '../../format/destination-name.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { leadingDestinations } from '../shared/leading-destinations.ts';
import { wavesOf } from '../shared/waves-of.ts';

/** One point of the bump chart: a destination's rank in a wave (null when suppressed or unranked). */
export interface BumpPoint {
  wave: string;
  code: string;
  label: string;
  rank: number | null;
  rank_low: number | null;
  rank_high: number | null;
  /** 1 on the latest wave with a rank, where the name is written. */
  last: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The points of a bump chart: the destinations ranked best in the latest wave (`top`), their rank in
 * every wave, with the rank interval when the rows have one.
 * @param rows - ranking rows by wave (`publishRanking(rankDestinations(survey, design, { by: ['wave'] }))`)
 * @param options - normalised bump options
 * @example bumpData(rows, normalizeChartOptions('bump', { top: 5 }))
 */
export function bumpData(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
): { points: BumpPoint[]; waves: string[]; codes: string[]; series: string[] } {
  assertUnique(rows, ['wave', 'destination'], 'bump');
  const waves = wavesOf(rows, 'bump');
  const codes = leadingDestinations(rows, waves, 'rank', options.top, 'asc');
  const points: BumpPoint[] = [];
  for (const code of codes) {
    const label = destinationName(code, options.lang, options.labels);
    const own = waves
      .map((wave) => ({
        wave,
        row: rows.find((r) => String(r['wave']) === wave && r['destination'] === code),
      }))
      .filter((x) => x.row !== undefined);
    const lastWave = [...own].reverse().find((x) => num(x.row!['rank']) !== null)?.wave;
    for (const { wave, row } of own) {
      points.push({
        wave,
        code,
        label,
        rank: num(row!['rank']),
        rank_low: num(row!['rank_low']),
        rank_high: num(row!['rank_high']),
        last: wave === lastWave ? 1 : 0,
      });
    }
  }
  return { points, waves, codes, series: codes.map((c) => destinationName(c, options.lang, options.labels)) };
}
