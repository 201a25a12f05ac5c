import type { Confidence, Placement } from '../../reference/placement.ts';
import { formatCount } from './format-count.ts';

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** The figure kept among several for the same item, period and year, and what the others said. */
export interface PickedFigure {
  figure: Placement;
  /** Present when sources disagree: the figure kept and the ones set aside, with their sources. */
  disagreement?: string;
}

/**
 * Keeps the highest-confidence figure among rows of `placements.csv` for the same thing (ties: the first
 * in file order). When the rows hold different values, `disagreement` says which was used and which
 * were set aside, e.g. `"sources disagree: 274,965 (db_2023, high) used over 297,108 (teropong_2024, low)"`.
 *
 * @param rows - At least one figure.
 * @returns The kept figure and the disagreement note, if any.
 * @example pickFigure(placements.filter((p) => p.year === 2023 && p.dimension === 'total' && p.period === 'full_year')).figure.value // 274965
 */
export function pickFigure(rows: readonly Placement[]): PickedFigure {
  const sorted = rows
    .map((p, i) => ({ p, i }))
    .sort((a, b) => RANK[b.p.confidence] - RANK[a.p.confidence] || a.i - b.i);
  const figure = sorted[0]!.p;
  const others = sorted.slice(1).filter((x) => x.p.value !== figure.value);
  if (others.length === 0) return { figure };
  const cite = (p: Placement) => `${formatCount(p.value)} (${p.sourceKey}, ${p.confidence})`;
  return {
    figure,
    disagreement: `sources disagree: ${cite(figure)} used over ${others.map((x) => cite(x.p)).join(', ')}`,
  };
}
