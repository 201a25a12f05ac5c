import type { Lang } from '@minat/core';
import { chartMessage } from '../../messages/chart-message.ts';
import type { BumpPoint } from './bump-data.ts';

/**
 * The alt text of a bump chart: for each destination, its rank in the first and latest wave with a
 * rank, each with its rank interval when known.
 * @param title - the chart's title
 * @param points - the bump points
 * @param codes - the destinations, in display order
 * @param lang - `en` or `id`
 * @example bumpAlt('Rank of destinations', data.points, data.codes, 'en')
 */
export function bumpAlt(
  title: string,
  points: readonly BumpPoint[],
  codes: readonly string[],
  lang: Lang,
): string {
  const rank = (p: BumpPoint) =>
    chartMessage(
      'alt-rank',
      {
        rank: p.rank!,
        wave: p.wave,
        ...(p.rank_low !== null && p.rank_high !== null ? { low: p.rank_low, high: p.rank_high } : {}),
      },
      lang,
    );
  const items = codes.map((code) => {
    const ranked = points.filter((p) => p.code === code && p.rank !== null);
    const first = ranked[0];
    const last = ranked.at(-1);
    const name = points.find((p) => p.code === code)?.label ?? code;
    if (!first || !last) return `${name}: ${chartMessage('suppressed', {}, lang)}`;
    return `${name}: ${first === last ? rank(first) : `${rank(first)} → ${rank(last)}`}`;
  });
  const body = items.length > 0 ? `${items.join('; ')}.` : chartMessage('alt-empty', {}, lang);
  return `${chartMessage('alt-bump', { title }, lang)} ${body}`;
}
