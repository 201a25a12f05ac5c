import { destinationName, formatPercent, groupName, rowStatus } from '@minat/charts';
import type { EstimateRow, Lang } from '@minat/core';
import { t } from '../../i18n/messages.ts';

/**
 * The province map in words: the provinces where the destination's share is highest and lowest,
 * among provinces whose estimate is reliable (no caution, unreliable or suppression flag).
 * @param rows - published rows by province for one destination
 * @param destination - its code
 * @param lang - `en` or `id`
 * @example originSummary(rows.filter((r) => r.destination === 'JP'), 'JP', 'id')
 */
export function originSummary(rows: readonly EstimateRow[], destination: string, lang: Lang): string {
  const name = destinationName(destination, lang);
  const reliable = rows
    .filter((r) => rowStatus(r as unknown as Record<string, unknown>) === 'reliable')
    .sort((a, b) => b.estimate! - a.estimate!);
  const high = reliable[0];
  const low = reliable.at(-1);
  if (!high || !low || high === low) return t(lang, 'origin.summaryNone', { destination: name });
  const province = (r: EstimateRow) => groupName('province', String(r['province']), lang);
  return t(lang, 'origin.summary', {
    destination: name,
    high: province(high),
    highShare: formatPercent(high.estimate!, lang),
    low: province(low),
    lowShare: formatPercent(low.estimate!, lang),
  });
}
