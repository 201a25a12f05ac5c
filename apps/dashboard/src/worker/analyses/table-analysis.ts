import { destinationName } from '@minat/charts';
import { STANDARD_COLUMNS } from '@minat/core';
import { t } from '../../i18n/messages.ts';
import type { ViewNote } from '../protocol.ts';
import { flagLegend } from './flag-legend.ts';
import { fastRanking, nationalShares } from './shared-estimates.ts';
import type { ViewAnalysis } from './view-analysis.ts';

/**
 * The columns in the order a reader scans them (the rank and the interval first, so a phone shows them
 * without scrolling): rank, destination and its name, the estimate's standard columns, the ranking's
 * differences and tie group, then the measure and base (the same on every row). The bootstrap columns
 * of the ranking (P(first), rank intervals) stay in the Ranking view.
 */
const COLUMNS = [
  'rank',
  'destination',
  'name',
  ...STANDARD_COLUMNS.filter((c) => c !== 'flags'),
  'flags',
  'diff_next',
  'diff_next_p',
  'tie_group',
  'measure',
  'base',
] as const;

/**
 * Table view: every number behind the current filters and settings, one row per destination in ranking
 * order: the estimate's standard columns (estimate, se, interval, df, deff, bases, n_eff, cv, flags) and
 * the ranking columns (rank, difference from the next and its p-value, tie group), published (reliability
 * flags, small cells suppressed). It reuses the ranking view's cached estimate; the page sorts the
 * table (sort kept in the URL) and downloads it as CSV with the raw values.
 */
export const tableAnalysis: ViewAnalysis = {
  fast: (context) => {
    const lang = context.request.lang;
    const ranking = context.session.cached(`table:${context.key}`, () =>
      fastRanking(context, nationalShares(context)),
    );
    const columns: string[] = [...COLUMNS];
    const rows = ranking.map((r) => {
      const row: Record<string, unknown> = {};
      for (const c of columns) row[c] = c === 'name' ? destinationName(r.destination, lang) : r[c];
      return row;
    });
    if (rows.length === 0)
      return {
        charts: [],
        notes: [{ level: 'info', text: t(lang, 'table.empty') }],
        table: { id: 'estimates', rows, columns },
      };
    const notes: ViewNote[] = [{ level: 'info', text: t(lang, 'table.ranking') }];
    const legend = flagLegend(ranking, lang, context.publish.suppression);
    if (legend) notes.push({ level: 'info', text: legend });
    return {
      summary: t(lang, 'table.summary', {
        rows: rows.length,
        columns: columns.length,
        base: context.base()[lang],
      }),
      charts: [],
      notes,
      table: { id: 'estimates', rows, columns },
    };
  },
};
