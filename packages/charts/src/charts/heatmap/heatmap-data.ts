import { destinationName } from '../../format/destination-name.ts';
import { formatNumber } from '../../format/format-number.ts';
import { groupName } from '../../format/group-name.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { type RowStatus, rowStatus } from '../../rows/row-status.ts';
import { groupColumn } from '../shared/group-column.ts';

/** One cell of the heatmap. */
export interface HeatmapCell {
  group: string;
  group_label: string;
  code: string;
  label: string;
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: RowStatus;
  /** The text in the cell: percent (in brackets when less reliable), `×` when suppressed. */
  text: string;
}

/**
 * The cells of a group × destination heatmap: the first `top` destinations in the rows' order
 * (`@minat/core` orders destinations by overall share), every group in the rows' order.
 * @param rows - estimate rows by one grouping column
 * @param options - normalised heatmap options (`group`, `top`, `labels`)
 * @example heatmapData(publishRows(estimateShares(survey, design, { by: ['province'] }).rows), options)
 */
export function heatmapData(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
): { cells: HeatmapCell[]; groups: string[]; destinations: string[]; column: string } {
  const { lang, labels } = options;
  const column = groupColumn(rows, options.group, 'heatmap');
  assertUnique(rows, [column, 'destination'], 'heatmap');
  const codes: string[] = [];
  const groups: string[] = [];
  for (const r of rows) {
    if (!codes.includes(String(r['destination']))) codes.push(String(r['destination']));
    if (!groups.includes(String(r[column]))) groups.push(String(r[column]));
  }
  const shown = new Set(codes.slice(0, options.top));
  const cells = rows
    .filter((r) => shown.has(String(r['destination'])))
    .map((r): HeatmapCell => {
      const status = rowStatus(r);
      const valued = status !== 'suppressed' && status !== 'missing';
      const estimate = valued ? (r['estimate'] as number) : null;
      const percent = estimate === null ? '' : formatNumber(estimate * 100, lang);
      return {
        group: String(r[column]),
        group_label: groupName(column, String(r[column]), lang, labels),
        code: String(r['destination']),
        label: destinationName(String(r['destination']), lang, labels),
        estimate,
        ci_low: valued ? (r['ci_low'] as number | null) : null,
        ci_high: valued ? (r['ci_high'] as number | null) : null,
        status,
        text: status === 'suppressed' ? '×' : status === 'reliable' ? percent : percent && `(${percent})`,
      };
    });
  return {
    cells,
    groups: groups.map((g) => groupName(column, g, lang, labels)),
    destinations: codes.slice(0, options.top).map((c) => destinationName(c, lang, labels)),
    column,
  };
}
