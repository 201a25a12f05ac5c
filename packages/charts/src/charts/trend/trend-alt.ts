import type { Lang, TrendChange } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { formatPoints } from '../../format/format-points.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { TrendData } from './trend-data.ts';

/**
 * The alt text of a trend chart: for each series, its first and latest shown value with intervals,
 * and the change between them with its significance.
 * @param title - the chart's title
 * @param data - the trend data
 * @param changes - the change table
 * @param alpha - significance level
 * @param lang - `en` or `id`
 * @example trendAlt('Destination preferences', data, changes, 0.05, 'en')
 */
export function trendAlt(
  title: string,
  data: TrendData,
  changes: readonly TrendChange[],
  alpha: number,
  lang: Lang,
): string {
  const parts = [chartMessage('alt-line', { title }, lang)];
  const items = data.codes.map((code, k) => {
    const shown = data.points.filter((p) => p.code === code && p.estimate !== null);
    const first = shown[0];
    const last = shown.at(-1);
    if (!first || !last) return `${data.series[k]}: ${chartMessage('suppressed', {}, lang)}`;
    const at = (p: typeof first) => `${altItem(p.wave, p.estimate!, p.ci_low, p.ci_high, lang)}`;
    let path = first === last ? at(first) : `${at(first)} → ${at(last)}`;
    const change = changes.find(
      (c) => c.destination === code && c.from_wave === first.wave && c.to_wave === last.wave,
    );
    if (change && change.change !== null && typeof change.p_value === 'number') {
      const significance = chartMessage(
        change.p_value < alpha ? 'alt-significant' : 'alt-not-significant',
        {},
        lang,
      );
      path += ` (${chartMessage('alt-points', { value: formatPoints(change.change, lang) }, lang)}, ${significance})`;
    }
    return chartMessage('alt-wave-path', { name: data.series[k], path }, lang);
  });
  parts.push(items.length > 0 ? `${items.join('; ')}.` : chartMessage('alt-empty', {}, lang));
  return parts.join(' ');
}
