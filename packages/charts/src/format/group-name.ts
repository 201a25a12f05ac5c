import { getProvince, type Lang } from '@minat/core';

/**
 * The display name of a group level: the caller's label when given; for the `province` column the
 * province name of the reference data (`35` → East Java / Jawa Timur); else the level as it is.
 *
 * @param column - the grouping column (e.g. `province`, `sex`)
 * @param level - the level (e.g. `35`, `F`)
 * @param lang - `en` or `id`
 * @param labels - level → label overrides (already in `lang`)
 * @example groupName('province', '35', 'id') // 'Jawa Timur'
 */
export function groupName(
  column: string,
  level: string,
  lang: Lang,
  labels: Record<string, string> = {},
): string {
  if (labels[level] !== undefined) return labels[level];
  if (column === 'province') return getProvince(level)?.name[lang] ?? level;
  return level;
}
