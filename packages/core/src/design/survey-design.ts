import type { Issue } from '../errors/issue.ts';

/** What to do with a stratum that has a single PSU in the design (`options(survey.lonely.psu=)` in R). */
export type LonelyPsu = 'fail' | 'remove' | 'certainty' | 'adjust' | 'average';

/**
 * A survey design in the form the variance formulas need: rows indexed `0..n−1`, strata `0..H−1`,
 * PSUs `0..P−1` keyed by (wave, stratum, PSU), as R's `nest=TRUE` on a stacked design with
 * `strata=~paste(wave, stratum)`. Built by {@link buildDesign}; weights may later be calibrated.
 */
export interface SurveyDesign {
  /** Number of rows (accepted respondents). */
  n: number;
  /** Final weights (after any calibration). */
  weights: Float64Array;
  /** Stratum index of each row. */
  stratum: Int32Array;
  /** PSU index of each row. */
  psu: Int32Array;
  /** Stratum of each PSU. */
  psuStratum: Int32Array;
  /** n_h: number of PSUs in each stratum of the full design (zero-weight PSUs included). */
  psuCount: Int32Array;
  /** f_h: sampling fraction of each stratum (0 without fpc; 1 = certainty stratum). */
  fraction: Float64Array;
  /** Labels of strata and PSUs, for messages. */
  strataLabels: string[];
  psuLabels: string[];
  lonelyPsu: LonelyPsu;
  /** Whether the design declares weights (false = equal weights, R's "assuming equal probability"). */
  weighted: boolean;
  /** Whether the design declares PSUs (false = each row its own PSU). */
  clustered: boolean;
  /** Calibration steps applied to the weights, in order (the variance residualises scores on them). */
  calibration: CalibrationStep[];
  /** Diagnostics from building the design (e.g. lonely strata handled). */
  issues: Issue[];
}

/**
 * A calibration step, kept so the variance accounts for it (methods.md §5): the cell of every row
 * for post-stratification, or one cell index per margin for raking. `weights` are the weights right
 * after the step (for raking: after each margin's step in the last pass); R residualises with these,
 * not with the final weights, which differ after a later step or a loose raking. Without them the
 * design's final weights are used.
 */
export type CalibrationStep =
  | { kind: 'post-stratify'; cells: Int32Array; weights?: Float64Array }
  | { kind: 'rake'; margins: Int32Array[]; weights?: Float64Array[] };

/** Options of {@link buildDesign}. */
export interface DesignOptions {
  /** Single-PSU strata: `fail` (default), `remove`, `certainty`, `adjust`, `average`. */
  lonelyPsu?: LonelyPsu;
}
