import type { EstimateRow } from '../../estimate/estimate-row.ts';
import type { TrendResult } from '../trend/trend.ts';
import type { TrendChange } from '../trend/trend-change.ts';
import type { PublishOptions } from './publish-options.ts';
import { isSuppressed, publishRows } from './publish-rows.ts';

const NUMBERS = ['from_estimate', 'to_estimate', 'change', 'se', 'ci_low', 'ci_high', 'p_value'] as const;

/**
 * A trend fit to publish: per-wave estimates rated and suppressed as {@link publishRows}; a change
 * whose earlier or later wave cell is suppressed is nulled and flagged `suppressed:component`.
 */
export function publishTrend(
  result: TrendResult,
  options: PublishOptions = {},
): { rows: EstimateRow[]; changes: TrendChange[] } {
  const rows = publishRows(result.rows, options);
  if (options.suppress === false) return { rows, changes: result.changes };
  const others = result.by.filter((b) => b !== 'wave');
  const key = (r: Record<string, unknown>, wave: unknown) =>
    [...others.map((b) => String(r[b])), String(wave), String(r['destination'])].join('\u0000');
  const hidden = new Set(rows.filter(isSuppressed).map((r) => key(r, r['wave'])));
  const changes = result.changes.map((c) => {
    if (!hidden.has(key(c, c.from_wave)) && !hidden.has(key(c, c.to_wave))) return c;
    const out = { ...c, flags: [...c.flags, 'suppressed:component'] };
    for (const n of NUMBERS) (out as Record<string, unknown>)[n] = null;
    return out;
  });
  return { rows, changes };
}
