/** Why a cell is suppressed; the flag is `suppressed:<reason>`. */
export type SuppressionReason = 'denominator' | 'numerator' | 'complement';

/** Options of {@link suppressSmallCells}, as callers write them. */
export interface SuppressionOptions {
  /** Smallest publishable unweighted numerator, and complement (default 5). */
  numerator?: number;
  /** Smallest publishable unweighted denominator, the base (default 30). */
  denominator?: number;
  /**
   * Cells with numerator 0 (nobody chose it) or complement 0 (everybody did): `keep` (default, as
   * surveytable and sdcTable, which protect counts 1..k−1 and N−(k−1)..N−1) or `suppress`.
   */
  zeros?: 'keep' | 'suppress';
  /** Further numeric columns to null in a suppressed row (e.g. a ranking's `diff_next`); default none. */
  nullColumns?: readonly string[];
}

/** The columns of a row that suppression reads and writes. */
export interface SuppressibleRow {
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n_unweighted: number;
  count_unweighted: number | null;
  flags: string[];
}

/** A row after suppression: `count_unweighted` (the disclosed numerator) may have become null. */
export type SuppressedRow<R> = { [K in keyof R]: K extends 'count_unweighted' ? R[K] | null : R[K] };
