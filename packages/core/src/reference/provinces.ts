import data from './generated/provinces.json' with { type: 'json' };
import type { Province } from './province.ts';

/**
 * Indonesia's 38 provinces (post-2022) in BPS-code order, with BPS, Kemendagri and ISO 3166-2 codes,
 * names, aliases, island group, capital, centroid and tile-grid position. Sources and confidence:
 * `data/reference/SOURCES.md` §1 (BPS codes 92, 95, 96, 97 are `medium` confidence).
 *
 * @example
 * ```ts
 * provinces.find((p) => p.bpsCode === '35')?.name.en; // 'East Java'
 * ```
 */
export const provinces: readonly Province[] = data as Province[];
