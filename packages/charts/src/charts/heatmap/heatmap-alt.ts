import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { HeatmapCell } from './heatmap-data.ts';

const LEADING = 5;

/**
 * The alt text of a heatmap: the five highest cells with their intervals, and how many cells are
 * suppressed.
 * @param title - the chart's title
 * @param cells - the cells
 * @param lang - `en` or `id`
 * @example heatmapAlt('Destination preferences by province', data.cells, 'en')
 */
export function heatmapAlt(title: string, cells: readonly HeatmapCell[], lang: Lang): string {
  const valued = cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.estimate !== null)
    .sort((a, b) => b.c.estimate! - a.c.estimate! || a.i - b.i)
    .slice(0, LEADING)
    .map(({ c }) => altItem(`${c.group_label} – ${c.label}`, c.estimate!, c.ci_low, c.ci_high, lang));
  const parts = [chartMessage('alt-heatmap', { title }, lang)];
  parts.push(
    valued.length > 0
      ? chartMessage('alt-highest', { items: valued.join(', ') }, lang)
      : chartMessage('alt-empty', {}, lang),
  );
  const suppressed = cells.filter((c) => c.status === 'suppressed').length;
  if (suppressed > 0)
    parts.push(chartMessage('alt-suppressed-count', { count: suppressed, total: cells.length }, lang));
  return parts.join(' ');
}
