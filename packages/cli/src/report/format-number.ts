import type { Lang } from '@minat/core';

const LOCALE: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };

/**
 * Formats a proportion as a percent with one decimal, in the report's language (Indonesian decimal comma).
 *
 * @param value - a proportion in [0, 1]
 * @param lang - `en` or `id`
 * @returns e.g. `28.7%` (en) or `28,7%` (id)
 * @example formatPercent(0.2871, 'id') // '28,7%'
 */
export function formatPercent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * Formats a number with a fixed number of decimals and the language's separators.
 *
 * @param value - the number
 * @param lang - `en` or `id`
 * @param digits - decimals; default 0 (thousands separators only)
 * @returns e.g. `1,234` (en) or `1.234` (id)
 * @example formatNumber(0.5, 'id', 2) // '0,50'
 */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
