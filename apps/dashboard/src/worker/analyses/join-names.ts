import type { Lang } from '@minat/core';

/**
 * A list in words: `a`, `a and b`, `a, b and c` (Indonesian `dan`).
 * @example joinNames(['2023', '2024'], 'id') // '2023 dan 2024'
 */
export function joinNames(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'id' ? ' dan ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
