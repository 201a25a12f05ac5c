import type { Lang } from '@minat/core';
import { formatNumber } from './format-number.ts';

/**
 * Formats a share (0–1) as a percentage, e.g. `0.2872` → `28.7%` (en) or `28,7%` (id).
 *
 * @param share - the share as a fraction
 * @param lang - `en` or `id`
 * @param digits - decimals of the percentage (default 1)
 * @example formatPercent(0.2872, 'id') // '28,7%'
 */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return `${formatNumber(share * 100, lang, digits)}%`;
}
