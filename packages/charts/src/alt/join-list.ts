import type { Lang } from '@minat/core';
import { chartMessage } from '../messages/chart-message.ts';

/**
 * Joins names as a sentence does: `A`, `A and B`, `A, B and C` (`dan` in Indonesian).
 * @param items - the names
 * @param lang - `en` or `id`
 * @example joinList(['Taiwan', 'Malaysia', 'Hong Kong'], 'id') // 'Taiwan, Malaysia dan Hong Kong'
 */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${chartMessage('alt-and', {}, lang)} ${items.at(-1)}`;
}
