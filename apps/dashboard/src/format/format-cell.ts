import type { Lang } from '@minat/core';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/**
 * A table cell as the page shows it: numbers in the language's format (decimal comma and thousands
 * dot in Indonesian) with up to 4 decimals (integers as integers), flags joined with commas, missing
 * values as an en dash. The CSV download keeps the raw values.
 * @example formatCell(0.28714, 'id') // '0,2871'
 */
export function formatCell(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    return numberFormat(lang, Number.isInteger(value) ? 0 : 4).format(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}
