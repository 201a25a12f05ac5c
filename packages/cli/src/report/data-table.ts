import type { Lang } from '@minat/core';
import { destinationLabel } from './destination-label.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumber, formatPercent } from './format-number.ts';

const PERCENT = new Set([
  'estimate',
  'ci_low',
  'ci_high',
  'group_estimate',
  'reference_estimate',
  'from_estimate',
  'to_estimate',
  'survey_share',
  'survey_ci_low',
  'survey_ci_high',
  'placement_share',
]);
const POINTS = new Set(['difference', 'change']);
const DECIMALS = new Set(['p_first', 'p_value']);
const PREFERRED = [
  'wave',
  'province',
  'group',
  'reference',
  'destination',
  'indicator',
  'requirement',
  'rank',
  'rank_low',
  'rank_high',
  'estimate',
  'ci_low',
  'ci_high',
  'p_first',
  'group_estimate',
  'reference_estimate',
  'difference',
  'p_value',
  'survey_share',
  'survey_ci_low',
  'survey_ci_high',
  'placement_share',
  'n_unweighted',
  'flags',
];

// For group differences the interval is that of the difference, so it follows it and is in points.
const DIFFERENCE_ORDER = [
  'group',
  'reference',
  'destination',
  'group_estimate',
  'reference_estimate',
  'difference',
  'ci_low',
  'ci_high',
  'p_value',
  'flags',
];

/**
 * The columns a chart's table shows: its grouping columns (`extra`) then the standard ones the rows have.
 *
 * @param rows - published rows
 * @param extra - grouping columns to show first (e.g. the `--by` key)
 * @returns column names
 * @example tableColumns(rows, ['sex']) // ['sex', 'destination', 'rank', 'estimate', …]
 */
export function tableColumns(
  rows: readonly Record<string, unknown>[],
  extra: readonly string[] = [],
): string[] {
  const first = rows[0] ?? {};
  const order = 'difference' in first ? DIFFERENCE_ORDER : PREFERRED;
  return [...extra.filter((c) => c in first), ...order.filter((c) => c in first && !extra.includes(c))];
}

/**
 * An HTML table of published rows: shares as percents, differences in points, p-values with three
 * decimals, in the language's number format; suppressed values (null) shown as "suppressed". Every
 * cell is escaped.
 *
 * @param rows - published rows
 * @param columns - from {@link tableColumns}
 * @param lang - `en` or `id`
 * @param labels - display names of group codes by column
 * @returns `<table>…</table>`
 * @example dataTable(rows, ['destination', 'estimate'], 'id', {})
 */
export function dataTable(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  lang: Lang,
  labels: Record<string, (code: string) => string> = {},
): string {
  const missing = lang === 'en' ? 'suppressed' : 'disembunyikan';
  const points = columns.includes('difference') ? new Set([...POINTS, 'ci_low', 'ci_high']) : POINTS;
  const cell = (column: string, value: unknown): string => {
    if (value === null || value === undefined)
      return PERCENT.has(column) || POINTS.has(column) ? missing : '';
    if (column === 'destination') return destinationLabel(String(value), lang);
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'number') {
      if (points.has(column)) return formatNumber(value * 100, lang, 1);
      if (PERCENT.has(column)) return formatPercent(value, lang);
      if (DECIMALS.has(column)) return formatNumber(value, lang, 3);
      return formatNumber(value, lang, Number.isInteger(value) ? 0 : 2);
    }
    const label = labels[column];
    return label ? label(String(value)) : String(value);
  };
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${escapeHtml(cell(c, r[c]))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
