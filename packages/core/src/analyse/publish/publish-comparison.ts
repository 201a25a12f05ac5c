import type { CompareResult } from '../compare/compare-groups.ts';
import type { GroupDifference } from '../compare/group-difference.ts';
import type { PublishOptions } from './publish-options.ts';
import { isSuppressed, publishRows } from './publish-rows.ts';

const NUMBERS = [
  'group_estimate',
  'reference_estimate',
  'difference',
  'se',
  'ci_low',
  'ci_high',
  'p_value',
] as const;

/**
 * Group comparisons fit to publish: the group estimates are rated and suppressed as
 * {@link publishRows}; a difference whose group or reference cell is suppressed is nulled (it would
 * disclose the cell) and flagged `suppressed:component`.
 */
export function publishComparison(result: CompareResult, options: PublishOptions = {}): GroupDifference[] {
  if (options.suppress === false) return result.rows;
  const cells = publishRows(result.estimate.rows, options);
  const hidden = new Set(cells.filter(isSuppressed).map((r) => `${r[result.by]}\u0000${r.destination}`));
  return result.rows.map((row) => {
    const cut =
      hidden.has(`${row.group}\u0000${row.destination}`) ||
      hidden.has(`${row.reference}\u0000${row.destination}`);
    if (!cut) return row;
    const out = { ...row, flags: [...row.flags, 'suppressed:component'] };
    for (const c of NUMBERS) (out as Record<string, unknown>)[c] = null;
    return out;
  });
}
