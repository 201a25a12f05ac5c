import type { Lang } from '@minat/core';
import { NUMBER_LOCALES } from '../theme/number-locales.ts';

function localize(text: string, lang: Lang): string {
  const { decimal, thousands, minus } = NUMBER_LOCALES[lang];
  const negative = text.startsWith('-');
  const [int = '', frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? minus : ''}${grouped}${frac === undefined ? '' : decimal + frac}`;
}

/**
 * Formats a number with `digits` decimals in the number format of `lang` (the same locale the charts
 * put in `config.locale`), with a true minus sign. Deterministic: no `Intl`.
 *
 * @param value - the number
 * @param lang - `en` (1,234.5) or `id` (1.234,5)
 * @param digits - decimals (default 0)
 * @example formatNumber(10296, 'id') // '10.296'
 */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const text = value.toFixed(digits);
  return localize(/^-0(\.0*)?$/.test(text) ? text.slice(1) : text, lang);
}
