import type { Lang } from '@minat/core';

/**
 * The language of a first visit: Indonesian when the browser prefers it (`id`, `id-ID`, or the old
 * `in` code) before English, else English.
 * @example browserLang(['id-ID', 'en']) // 'id'
 */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}
