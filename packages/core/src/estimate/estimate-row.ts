/**
 * One row of an estimate table: grouping columns first (as strings), then the standard columns of
 * `design.md`, the same in the API, CSV and JSON. Nulls mean "not defined" (never a silent NaN).
 */
export interface EstimateRow {
  [grouping: string]: string | number | null | string[];
  /** Destination code (ISO 3166-1 alpha-2, `ZZ` another country) or region name. */
  destination: string;
  /** What the share measures (`first`, `any`, `borda`, `respondents`, `mentions`). */
  measure: string;
  /** Base: `answered` (respondents who answered) or `all` (all respondents in scope). */
  base: string;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** Design degrees of freedom of the domain (reported even when the interval uses the normal quantile). */
  df: number;
  /** Design effect against SRS with replacement (R's `deff="replace"`); null at p̂ = 0 or 1. */
  deff: number | null;
  n_unweighted: number;
  n_weighted: number;
  /** Respondents in the base who chose the destination; null when the cell is suppressed. */
  count_unweighted: number | null;
  /** p̂(1−p̂)/V, uncapped; null when V = 0. */
  n_eff: number | null;
  /** se / estimate; null when the estimate is 0. */
  cv: number | null;
  flags: string[];
}

/** The standard columns, in order (grouping columns come before them). */
export const STANDARD_COLUMNS = [
  'estimate',
  'se',
  'ci_low',
  'ci_high',
  'df',
  'deff',
  'n_unweighted',
  'n_weighted',
  'count_unweighted',
  'n_eff',
  'cv',
  'flags',
] as const;
