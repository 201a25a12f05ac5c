import { RANKING_COLUMNS, STANDARD_COLUMNS, TREND_CHANGE_COLUMNS } from '@minat/core';

/** The columns a summary shows, in order: grouping columns first, then the analysis's own. */
export function summaryColumns(
  analysis: string,
  rows: readonly Record<string, unknown>[],
  by: readonly string[],
): string[] {
  const present = (cols: readonly string[]) => cols.filter((c) => rows.some((r) => c in r));
  if (analysis === 'ranking')
    return present([
      ...by,
      'rank',
      'destination',
      ...STANDARD_COLUMNS.filter((c) => c !== 'flags'),
      ...RANKING_COLUMNS.filter((c) => c !== 'rank'),
      'flags',
    ]);
  if (analysis === 'trend') return present([...by, ...TREND_CHANGE_COLUMNS]);
  if (analysis === 'compare') return Object.keys(rows[0] ?? {});
  if (analysis === 'readiness')
    return present([...by, 'destination', 'indicator', 'requirement', ...STANDARD_COLUMNS]);
  if (analysis === 'placements')
    return present([
      'destination',
      'name',
      'survey_share',
      'placement_share',
      'ratio',
      'gap',
      'placement_count',
      'placement_year',
      'confidence',
      'note',
    ]);
  return present([...by, 'destination', 'measure', 'base', ...STANDARD_COLUMNS]);
}
