import type { RowStatus } from '../../rows/row-status.ts';

/** One tile of the province map: the province, its place on the grid, and what it shows. */
export interface ProvinceTile {
  province: string;
  name: string;
  col: number;
  row: number;
  /** The short label written on the tile (e.g. `JI`). */
  tile: string;
  /** Share mode: the share; top mode: the leader's share. */
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: RowStatus;
  /** Second line on the tile: percent, `(percent)` when less reliable, `×` when suppressed; top mode: the leader's code or "tie". */
  value: string;
  /** Top mode: the category the tile is coloured by (a destination name, "no clear first", or null). */
  category: string | null;
  /** Top mode: the leading destination's name. */
  leader: string | null;
  /** 1 where the fill is dark enough to need white text. */
  light: number;
}
