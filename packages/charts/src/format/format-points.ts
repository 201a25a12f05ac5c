import type { Lang } from '@minat/core';
import { formatNumber } from './format-number.ts';

/**
 * Formats a difference of shares (fractions) in signed percentage points, e.g. `−10.1`.
 *
 * @param difference - the difference as a fraction
 * @param lang - `en` or `id`
 * @param digits - decimals (default 1)
 * @example formatPoints(-0.101, 'id') // '−10,1'
 */
export function formatPoints(difference: number, lang: Lang, digits = 1): string {
  const text = formatNumber(difference * 100, lang, digits);
  return difference > 0 && !/^0([.,]0*)?$/.test(text) ? `+${text}` : text;
}
