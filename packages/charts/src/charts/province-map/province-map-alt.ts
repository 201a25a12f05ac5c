import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { joinList } from '../../alt/join-list.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ProvinceTile } from './province-tile.ts';

const LEADING = 3;

/**
 * The alt text of the province map. Share mode: the three highest and three lowest provinces with
 * their intervals, and the suppressed provinces. Top mode: how many provinces each destination leads,
 * how many have no clear first, and the suppressed ones.
 * @param title - the chart's title
 * @param tiles - the tiles
 * @param mode - `share` or `top`
 * @param lang - `en` or `id`
 * @example provinceMapAlt('Share choosing Japan', tiles, 'share', 'en')
 */
export function provinceMapAlt(
  title: string,
  tiles: readonly ProvinceTile[],
  mode: 'share' | 'top',
  lang: Lang,
): string {
  const parts = [chartMessage('alt-map', { title }, lang)];
  const suppressed = tiles.filter((t) => t.status === 'suppressed').map((t) => t.name);
  if (mode === 'share') {
    const valued = tiles
      .filter((t) => t.estimate !== null)
      .sort((a, b) => b.estimate! - a.estimate! || a.province.localeCompare(b.province));
    const item = (t: ProvinceTile) => altItem(t.name, t.estimate!, t.ci_low, t.ci_high, lang);
    if (valued.length === 0) parts.push(chartMessage('alt-empty', {}, lang));
    else {
      parts.push(chartMessage('alt-highest', { items: valued.slice(0, LEADING).map(item).join(', ') }, lang));
      if (valued.length > LEADING) {
        const lowest = valued.slice(Math.max(LEADING, valued.length - LEADING)).reverse();
        parts.push(chartMessage('alt-lowest', { items: lowest.map(item).join(', ') }, lang));
      }
    }
  } else {
    const counts = new Map<string, number>();
    for (const t of tiles) if (t.category !== null) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
    const items = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
      .map(([name, count]) =>
        name === chartMessage('no-clear-first', {}, lang)
          ? chartMessage('alt-tie-count', { count }, lang)
          : chartMessage('alt-top-count', { name, count }, lang),
      );
    parts.push(items.length > 0 ? `${items.join('; ')}.` : chartMessage('alt-empty', {}, lang));
  }
  if (suppressed.length > 0)
    parts.push(chartMessage('alt-suppressed', { names: joinList(suppressed, lang) }, lang));
  return parts.join(' ');
}
