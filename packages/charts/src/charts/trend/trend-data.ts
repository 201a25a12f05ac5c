import type { TrendChange } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { type RowStatus, rowStatus } from '../../rows/row-status.ts';
import { leadingDestinations } from '../shared/leading-destinations.ts';
import { wavesOf } from '../shared/waves-of.ts';

/** One point of the trend chart. */
export interface TrendPoint {
  wave: string;
  code: string;
  label: string;
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: RowStatus;
  status_label: string;
  /** `Significant rise` / `Significant fall` (in the chart's language) when the change from the previous wave is significant. */
  change: string | null;
}

/** The trend chart's points, series and waves. */
export interface TrendData {
  points: TrendPoint[];
  /** Series labels, leading destination first. */
  series: string[];
  codes: string[];
  waves: string[];
}

/**
 * The points of a trend chart: the leading `top` destinations of the latest wave, every wave; a
 * point's `change` is set when the consecutive change into its wave has `p_value < alpha`.
 * Suppressed points keep their row with no value (the line breaks there).
 *
 * @param rows - per-wave estimate rows of one group (`publishTrend(...).rows`)
 * @param changes - the change table (`publishTrend(...).changes`)
 * @param options - normalised trend options
 * @example trendData(published.rows, published.changes, normalizeChartOptions('trend'))
 */
export function trendData(
  rows: readonly Record<string, unknown>[],
  changes: readonly TrendChange[],
  options: NormalizedChartOptions,
): TrendData {
  const { lang, labels } = options;
  assertUnique(rows, ['wave', 'destination'], 'trend');
  const waves = wavesOf(rows, 'trend');
  const codes = leadingDestinations(rows, waves, 'estimate', options.top);
  const points: TrendPoint[] = [];
  for (const code of codes) {
    for (const wave of waves) {
      const row = rows.find((r) => String(r['wave']) === wave && r['destination'] === code);
      if (!row) continue;
      const status = rowStatus(row);
      const shown = status !== 'suppressed' && status !== 'missing';
      const change = changes.find(
        (c) => c.span === 'consecutive' && c.destination === code && c.to_wave === wave,
      );
      const significant =
        shown &&
        change &&
        typeof change.p_value === 'number' &&
        change.p_value < options.alpha &&
        change.change !== null;
      points.push({
        wave,
        code,
        label: destinationName(code, lang, labels),
        estimate: shown ? (row['estimate'] as number) : null,
        ci_low: shown ? (row['ci_low'] as number | null) : null,
        ci_high: shown ? (row['ci_high'] as number | null) : null,
        status,
        status_label: chartMessage(`status-${status}`, {}, lang),
        change: significant ? chartMessage(change.change! > 0 ? 'change-up' : 'change-down', {}, lang) : null,
      });
    }
  }
  return { points, series: codes.map((c) => destinationName(c, lang, labels)), codes, waves };
}
