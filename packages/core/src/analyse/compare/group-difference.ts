/**
 * One row of a group comparison: a destination's share in one level of a dimension minus its share in
 * the reference level, with its interval and test.
 */
export interface GroupDifference {
  /** The level compared (e.g. `F`). */
  group: string;
  /** The reference level (e.g. `M`). */
  reference: string;
  destination: string;
  measure: string;
  base: string;
  /** The two shares compared (null where a level has no base). */
  group_estimate: number | null;
  reference_estimate: number | null;
  /** `group_estimate − reference_estimate`. */
  difference: number | null;
  /** √(V_g + V_ref − 2·C): same-sample covariance (waves: independent, C = 0). */
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** min(df_g, df_ref) for groups of one sample; df_g + df_ref for waves; Infinity with `df: 'inf'`. */
  df: number;
  /** Two-sided p-value of "no difference" (t on `df`). */
  p_value: number | null;
  /** `empty`, `zero-variance`, `df-zero` (see `differenceOfProportions`). */
  flags: string[];
}
