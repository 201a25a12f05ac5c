import type { Placement } from '../../reference/placement.ts';

/** The placement year a survey wave is compared with, and why. */
export interface PlacementYear {
  /** Calendar year of the full-year figures, or null when none was published up to the wave. */
  year: number | null;
  /** The pairing in words, e.g. `"wave 2026 paired with 2024 full-year placements: …"`. */
  note: string;
}

/**
 * Pairs a survey wave with the full-year destination figures of its own year or, when that year has no
 * full-year destination breakdown, the latest year before it that has one (partial-year tables, e.g.
 * Jan–Jun 2025, and year-to-date totals do not count).
 *
 * @param wave - The wave's calendar year.
 * @param figures - Placement figures (`placements` of the reference data).
 * @returns The year and a note saying which year was used and why.
 * @example placementYear(2026, placements) // { year: 2024, note: 'wave 2026 paired with 2024 …' }
 */
export function placementYear(wave: number, figures: readonly Placement[]): PlacementYear {
  const years = new Set<number>();
  for (const p of figures)
    if (p.period === 'full_year' && p.dimension === 'destination' && p.year !== undefined) years.add(p.year);
  const before = [...years].filter((y) => y <= wave).sort((a, b) => b - a);
  const year = before[0];
  if (year === undefined) {
    return { year: null, note: `no full-year destination figures published for ${wave} or earlier` };
  }
  if (year === wave)
    return { year, note: `wave ${wave} paired with ${year} full-year placements (same year)` };
  const gap = year + 1 === wave ? `${wave}` : `${year + 1}–${wave}`;
  return {
    year,
    note: `wave ${wave} paired with ${year} full-year placements, the latest with a destination breakdown (none published for ${gap})`,
  };
}
