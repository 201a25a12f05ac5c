import type { Lang } from '@minat/core';
import { formatNumber } from './format-number.ts';

/**
 * Formats an interval of shares as `27.0–30.5%` (en) or `27,0–30,5%` (id).
 *
 * @param low - lower bound as a fraction
 * @param high - upper bound as a fraction
 * @param lang - `en` or `id`
 * @param digits - decimals (default 1)
 * @example formatInterval(0.27, 0.305, 'en') // '27.0–30.5%'
 */
export function formatInterval(low: number, high: number, lang: Lang, digits = 1): string {
  return `${formatNumber(low * 100, lang, digits)}–${formatNumber(high * 100, lang, digits)}%`;
}
