import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { joinList } from '../../alt/join-list.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { RowStatus } from '../../rows/row-status.ts';

const LEADING = 6;

/**
 * The alt text of the world map: the six largest shares with their intervals, how many more circles
 * there are, and the suppressed destinations.
 * @param title - the chart's title
 * @param points - destinations in order of share, with their values
 * @param lang - `en` or `id`
 * @example worldMapAlt('Where they want to work', points, 'en')
 */
export function worldMapAlt(
  title: string,
  points: readonly {
    label: string;
    estimate: number | null;
    ci_low: number | null;
    ci_high: number | null;
    status: RowStatus;
  }[],
  lang: Lang,
): string {
  const valued = points.filter((p) => p.estimate !== null);
  const items = valued.slice(0, LEADING).map((p) => altItem(p.label, p.estimate!, p.ci_low, p.ci_high, lang));
  if (valued.length > LEADING) items.push(chartMessage('alt-more', { count: valued.length - LEADING }, lang));
  const parts = [chartMessage('alt-map', { title }, lang)];
  parts.push(items.length > 0 ? `${items.join(', ')}.` : chartMessage('alt-empty', {}, lang));
  const suppressed = points.filter((p) => p.status === 'suppressed').map((p) => p.label);
  if (suppressed.length > 0)
    parts.push(chartMessage('alt-suppressed', { names: joinList(suppressed, lang) }, lang));
  return parts.join(' ');
}
