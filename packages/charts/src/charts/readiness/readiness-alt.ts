import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ReadinessDatum } from './readiness-data.ts';

const LEADING = 4;

/**
 * The alt text of the readiness chart: for the first four destinations, the readiness indicators
 * with their intervals (suppressed ones said as such).
 * @param title - the chart's title
 * @param ready - the readiness values
 * @param codes - destinations in display order
 * @param lang - `en` or `id`
 * @example readinessAlt('Intention and readiness', data.ready, data.codes, 'en')
 */
export function readinessAlt(
  title: string,
  ready: readonly ReadinessDatum[],
  codes: readonly string[],
  lang: Lang,
): string {
  const items = codes.slice(0, LEADING).map((code) => {
    const own = ready.filter((d) => d.code === code).sort((a, b) => a.order - b.order);
    const values = own.map((d) =>
      d.estimate === null
        ? `${d.name.toLowerCase()} ${chartMessage('suppressed', {}, lang)}`
        : altItem(d.name.toLowerCase(), d.estimate, d.ci_low, d.ci_high, lang),
    );
    return chartMessage('alt-readiness', { name: own[0]?.label ?? code, items: values.join(', ') }, lang);
  });
  const body = items.length > 0 ? `${items.join('. ')}.` : chartMessage('alt-empty', {}, lang);
  return `${chartMessage('alt-bar', { title }, lang)} ${body}`;
}
