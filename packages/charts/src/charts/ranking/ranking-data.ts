import { MinatError } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { type RowStatus, rowStatus } from '../../rows/row-status.ts';

/** One bar of the ranking chart, as it goes into the spec's inline data. */
export interface RankingDatum {
  code: string;
  label: string;
  kind: 'destination' | 'other';
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: RowStatus;
  status_label: string;
  tie_group: number | null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The bars of a ranking chart: destinations with an estimate in rank order (by `rank` when the rows
 * have it, else by estimate; input order breaks ties), the leading `top`; then suppressed or empty
 * destinations while places remain (their share is unknown, so they are never ranked above a value);
 * then the caller's `other` row.
 *
 * @param rows - estimate or ranking rows of one group
 * @param options - normalised ranking options
 * @throws MinatError `option-invalid` when a destination appears twice (rows of several groups)
 * @example rankingData(publishRanking(result), normalizeChartOptions('ranking', { top: 5 }))
 */
export function rankingData(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
): RankingDatum[] {
  const { lang, labels } = options;
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const code = String(row['destination']);
    if (seen.has(code)) {
      throw new MinatError(
        'option-invalid',
        `invalid rows for ranking: destination ${JSON.stringify(code)} appears twice (row ${i + 1}); expected the rows of one group: filter by the grouping column first`,
        { row: i + 1, column: 'destination', value: code, expected: 'one row per destination' },
      );
    }
    seen.add(code);
  }
  const datum = (row: Record<string, unknown>, kind: RankingDatum['kind']): RankingDatum => {
    const status = rowStatus(row);
    const code = String(row['destination'] ?? 'other');
    const shown = status !== 'suppressed' && status !== 'missing';
    return {
      code,
      label:
        kind === 'other' ? chartMessage('other-destinations', {}, lang) : destinationName(code, lang, labels),
      kind,
      estimate: shown ? num(row['estimate']) : null,
      ci_low: shown ? num(row['ci_low']) : null,
      ci_high: shown ? num(row['ci_high']) : null,
      status,
      status_label: chartMessage(`status-${status}`, {}, lang),
      tie_group: kind === 'destination' && shown ? num(row['tie_group']) : null,
    };
  };
  const all = rows.map((row, i) => ({ d: datum(row, 'destination'), rank: num(row['rank']), i }));
  const valued = all
    .filter((x) => x.d.estimate !== null)
    .sort((a, b) => {
      if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
      return b.d.estimate! - a.d.estimate! || a.i - b.i;
    });
  const unvalued = all.filter((x) => x.d.estimate === null);
  const out = [...valued, ...unvalued].slice(0, options.top).map((x) => x.d);
  if (options.other) out.push(datum(options.other, 'other'));
  return out;
}
