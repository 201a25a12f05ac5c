import type { RankingResult } from '../ranking/ranking-result.ts';
import { RANKING_COLUMNS, type RankingRow } from '../ranking/ranking-row.ts';
import type { PublishOptions } from './publish-options.ts';
import { isSuppressed, publishRows } from './publish-rows.ts';

const DIFF = ['diff_next', 'diff_next_se', 'diff_next_p'] as const;

/**
 * A ranking fit to publish: reliability and suppression as {@link publishRows}; a suppressed cell also
 * loses its ranking columns, and the destination ranked just above it loses its difference with it
 * (which would give the suppressed share back), flagged `diff-withheld`.
 */
export function publishRanking(result: RankingResult, options: PublishOptions = {}): RankingRow[] {
  const rows = publishRows(
    result.rows,
    options,
    RANKING_COLUMNS.filter((c) => c !== 'tie_group'),
  );
  const groupKey = (r: RankingRow) => result.by.map((b) => String(r[b])).join('\u0000');
  return rows.map((row, j) => {
    const next = rows[j + 1];
    if (!next || groupKey(next) !== groupKey(row) || !isSuppressed(next) || isSuppressed(row)) return row;
    const out = { ...row, flags: [...row.flags, 'diff-withheld'] } as RankingRow;
    for (const c of DIFF) (out as Record<string, unknown>)[c] = null;
    return out;
  });
}
