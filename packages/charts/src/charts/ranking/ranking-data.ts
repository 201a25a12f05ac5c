import { destinationName } from '../../format/destination-name.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
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
  /** Probability of ranking first across the bootstrap replicates (null without replicates). */
  p_first: number | null;
  /** The rank interval in words ("1–2"), or null. */
  rank_interval: string | null;
  /** `p_first` as the tooltip shows it: a percentage, or "not computed". */
  p_first_text: string;
  /** `rank_interval` as the tooltip shows it, or "not computed". */
  rank_interval_text: string;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The bars of a ranking chart, the first `top` of: destinations with a positive estimate in rank order
 * (by `rank` when the rows have it, else by estimate; input order breaks ties); then suppressed or
 * empty destinations (their share is unknown, so never ranked above a value, but a suppressed count of
 * 1–4 is above zero); then zero estimates. The caller's `other` row comes last.
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
  assertUnique(rows, ['destination'], 'ranking');
  const none = chartMessage('not-computed', {}, lang);
  const datum = (row: Record<string, unknown>, kind: RankingDatum['kind']): RankingDatum => {
    const status = rowStatus(row);
    const code = String(row['destination'] ?? 'other');
    const shown = status !== 'suppressed' && status !== 'missing';
    const pFirst = kind === 'destination' && shown ? num(row['p_first']) : null;
    const interval = rankInterval(shown ? num(row['rank_low']) : null, shown ? num(row['rank_high']) : null);
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
      p_first: pFirst,
      rank_interval: interval,
      p_first_text: pFirst === null ? none : formatPercent(pFirst, lang, 1),
      rank_interval_text: interval ?? none,
    };
  };
  const all = rows.map((row, i) => ({ d: datum(row, 'destination'), rank: num(row['rank']), i }));
  const valued = all
    .filter((x) => x.d.estimate !== null && x.d.estimate > 0)
    .sort((a, b) => {
      if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
      return b.d.estimate! - a.d.estimate! || a.i - b.i;
    });
  const unvalued = all.filter((x) => x.d.estimate === null);
  const zeros = all.filter((x) => x.d.estimate === 0);
  const out = [...valued, ...unvalued, ...zeros].slice(0, options.top).map((x) => x.d);
  if (options.other) out.push(datum(options.other, 'other'));
  return out;
}

function rankInterval(low: number | null, high: number | null): string | null {
  if (low === null || high === null) return null;
  return low === high ? String(low) : `${low}–${high}`;
}
