import { getProvince } from './get-province.ts';
import type { IslandGroup } from './province.ts';

/**
 * The island group of a province.
 *
 * @param bpsCode - Two-digit BPS code.
 * @returns The island group (`"Sumatra"`, `"Jawa"`, `"Bali & Nusa Tenggara"`, `"Kalimantan"`, `"Sulawesi"`,
 *   `"Maluku"`, `"Papua"`), or `undefined` for an unknown code.
 * @example
 * ```ts
 * islandGroupOf('21'); // 'Sumatra' (Kepulauan Riau)
 * ```
 */
export function islandGroupOf(bpsCode: string): IslandGroup | undefined {
  return getProvince(bpsCode)?.islandGroup;
}
