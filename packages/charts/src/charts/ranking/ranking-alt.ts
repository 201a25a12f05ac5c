import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { joinList } from '../../alt/join-list.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { RankingDatum } from './ranking-data.ts';
import type { TieBracket } from './tie-brackets.ts';

/**
 * The alt text of a ranking chart: chart type and title, every bar shown in order with its interval,
 * the tie groups, and the suppressed destinations.
 * @param title - the chart's title
 * @param data - the bars in display order
 * @param brackets - the tie brackets drawn
 * @param lang - `en` or `id`
 * @example rankingAlt('Preferred destinations', data, tieBrackets(data), 'en')
 */
export function rankingAlt(
  title: string,
  data: readonly RankingDatum[],
  brackets: readonly TieBracket[],
  lang: Lang,
): string {
  const items = data
    .filter((d) => d.estimate !== null)
    .map((d) => altItem(d.label, d.estimate!, d.ci_low, d.ci_high, lang));
  const parts = [chartMessage('alt-bar', { title }, lang)];
  parts.push(items.length > 0 ? `${items.join(', ')}.` : chartMessage('alt-empty', {}, lang));
  for (const b of brackets) parts.push(chartMessage('alt-tied', { names: joinList(b.members, lang) }, lang));
  const suppressed = data.filter((d) => d.status === 'suppressed').map((d) => d.label);
  if (suppressed.length > 0)
    parts.push(chartMessage('alt-suppressed', { names: joinList(suppressed, lang) }, lang));
  return parts.join(' ');
}
