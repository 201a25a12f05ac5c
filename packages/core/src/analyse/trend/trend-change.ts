/**
 * One row of a trend's change table: the change in one destination's share between two waves, within
 * one combination of the other grouping columns (which come first, as strings).
 */
export interface TrendChange {
  [grouping: string]: string | number | null | string[];
  from_wave: string;
  to_wave: string;
  /** `consecutive` (adjacent waves) or `first-last` (first and last wave, when there are 3 or more). */
  span: 'consecutive' | 'first-last';
  destination: string;
  measure: string;
  base: string;
  /** The two estimates compared (null where a wave has no base in the group). */
  from_estimate: number | null;
  to_estimate: number | null;
  /** `to_estimate − from_estimate`. */
  change: number | null;
  /** √(V₁ + V₂): waves are independent samples. */
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** df₁ + df₂ (Infinity with `df: 'inf'`). */
  df: number;
  /** Two-sided p-value of "no change" (t on `df`). */
  p_value: number | null;
  /**
   * `new-in-wave` (nobody in scope named it in the earlier wave), `absent-in-wave` (nobody in the later),
   * `wave-covariance` (the design correlates the waves, e.g. weights raked over all waves at once; the
   * SE leaves the covariance out), and those of the difference: `empty`, `zero-variance`, `df-zero`.
   */
  flags: string[];
}

/** Columns of a change row (grouping columns must not take these names). */
export const TREND_CHANGE_COLUMNS = [
  'from_wave',
  'to_wave',
  'span',
  'destination',
  'measure',
  'base',
  'from_estimate',
  'to_estimate',
  'change',
  'se',
  'ci_low',
  'ci_high',
  'df',
  'p_value',
  'flags',
] as const;
