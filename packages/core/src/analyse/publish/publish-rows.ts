import { applyReliability } from '../reliability/apply-reliability.ts';
import { suppressSmallCells } from '../reliability/suppress-small-cells.ts';
import type { SuppressibleRow } from '../reliability/suppression-types.ts';
import type { PublishOptions } from './publish-options.ts';

/** Whether a row carries a `suppressed:<reason>` flag. */
export const isSuppressed = (row: { flags: readonly string[] }): boolean =>
  row.flags.some((f) => f.startsWith('suppressed:'));

/**
 * Estimate rows fit to publish: reliability flags of the chosen standard (default NCHS 2017), then
 * small-cell suppression (estimate, interval and numerator null with the reason; never zero).
 *
 * @example publishRows(estimateShares(survey, design).rows, { reliability: 'bps' })
 */
export function publishRows<R extends SuppressibleRow & { df: number }>(
  rows: readonly R[],
  options: PublishOptions = {},
  nullColumns: readonly string[] = [],
): R[] {
  const rated = applyReliability(
    rows as never[],
    options.reliability ?? 'nchs',
    options.thresholds ?? {},
  ) as unknown as R[];
  if (options.suppress === false) return rated;
  return suppressSmallCells(rated, {
    ...options.suppression,
    nullColumns: [...(options.suppression?.nullColumns ?? []), ...nullColumns],
  }) as R[];
}
