import type { Lang } from '@minat/core';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/**
 * A file size for people: bytes, KB, MB or GB (powers of 1,024), one decimal from KB up, with the
 * language's decimal mark.
 * @example formatBytes('id', 1_572_864) // '1,5 MB'
 */
export function formatBytes(lang: Lang, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const text = value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${UNITS[unit]}`;
}
