import type { Lang } from '@minat/core';
import { formatPercent } from '../../format/format-percent.ts';
import { formatPoints } from '../../format/format-points.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { DumbbellPair } from './dumbbell-data.ts';

const LEADING = 5;

/**
 * The alt text of a dumbbell chart: for the first five comparisons, both shares, the difference in
 * points with its interval, and whether it is significant; suppressed comparisons named.
 * @param title - the chart's title
 * @param pairs - the pairs in display order
 * @param lang - `en` or `id`
 * @example dumbbellAlt('Female compared with Male', data.pairs, 'en')
 */
export function dumbbellAlt(title: string, pairs: readonly DumbbellPair[], lang: Lang): string {
  const parts = [chartMessage('alt-dumbbell', { title }, lang)];
  const items = pairs
    .filter((p) => p.difference !== null && p.group_estimate !== null && p.reference_estimate !== null)
    .slice(0, LEADING)
    .map((p) =>
      chartMessage(
        'alt-difference',
        {
          name: p.label,
          group: p.group,
          groupValue: formatPercent(p.group_estimate!, lang),
          reference: p.reference,
          referenceValue: formatPercent(p.reference_estimate!, lang),
          points: formatPoints(p.difference!, lang),
          low: p.ci_low === null ? '?' : formatPoints(p.ci_low, lang),
          high: p.ci_high === null ? '?' : formatPoints(p.ci_high, lang),
          significance: chartMessage(p.significant ? 'alt-significant' : 'alt-not-significant', {}, lang),
        },
        lang,
      ),
    );
  parts.push(items.length > 0 ? `${items.join('; ')}.` : chartMessage('alt-empty', {}, lang));
  const suppressed = pairs.filter((p) => p.suppressed).map((p) => `${p.label} (${p.group})`);
  if (suppressed.length > 0)
    parts.push(chartMessage('alt-suppressed', { names: suppressed.join(', ') }, lang));
  return parts.join(' ');
}
