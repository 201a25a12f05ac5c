import type { Lang } from '@minat/core';
import { formatInterval } from '../format/format-interval.ts';
import { formatPercent } from '../format/format-percent.ts';

/**
 * One item of an alt text: a name, its share and interval, e.g. `Japan 28.7% (27.0–30.5%)`; the
 * interval is left out when either bound is missing.
 * @param name - what the share is of
 * @param estimate - the share (fraction)
 * @param low - lower bound (fraction) or null
 * @param high - upper bound (fraction) or null
 * @param lang - `en` or `id`
 * @example altItem('Jepang', 0.2872, 0.2703, 0.3047, 'id') // 'Jepang 28,7% (27,0–30,5%)'
 */
export function altItem(
  name: string,
  estimate: number,
  low: number | null | undefined,
  high: number | null | undefined,
  lang: Lang,
): string {
  const interval =
    typeof low === 'number' && typeof high === 'number' ? ` (${formatInterval(low, high, lang)})` : '';
  return `${name} ${formatPercent(estimate, lang)}${interval}`;
}
