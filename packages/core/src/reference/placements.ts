import data from './generated/placements.json' with { type: 'json' };
import type { Placement } from './placement.ts';

/**
 * Official placement figures of Indonesian migrant workers (BP2MI/KP2MI, relayed by news and data portals),
 * one figure per row, each with `sourceUrl` and `confidence`. Figures from different sources may disagree:
 * filter on `sourceKey` and read `data/reference/SOURCES.md` §3 before using them.
 *
 * @example
 * ```ts
 * placements.filter((p) => p.dimension === 'destination' && p.year === 2024 && p.key === 'JP');
 * ```
 */
export const placements: readonly Placement[] = data as Placement[];
