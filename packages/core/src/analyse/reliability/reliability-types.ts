import type { EstimateRow } from '../../estimate/estimate-row.ts';

/** A reliability standard of the {@link reliabilityStandards} registry. */
export type ReliabilityStandard = 'nchs' | 'bps' | 'min-n';

/**
 * How usable an estimate is under a standard: `ok` (publish), `caution` (publish with a warning),
 * `unreliable` (do not publish as a number), `review` (publishable, but a statistician should look).
 */
export type ReliabilityLevel = 'ok' | 'caution' | 'unreliable' | 'review';

/**
 * The verdict of a standard on one row. `reasons` are codes with a message in
 * {@link reliabilityMessages} (prefixed `reliability-`): `n-eff`, `ciw`, `rciw`, `rciw-undefined`,
 * `boundary`, `df-low`, `complement-footnote` (NCHS); `rse-caution`, `rse-unreliable`, `rse-undefined`,
 * `df-low` (BPS); `n`, `df-low` (min-n).
 */
export interface ReliabilityAssessment {
  level: ReliabilityLevel;
  reasons: string[];
}

/** The columns of an estimate row that standards read. */
export type ReliabilityRow = Pick<EstimateRow, 'estimate' | 'se' | 'n_unweighted' | 'df'>;

/** Thresholds of the NCHS 2017 standard for proportions (methods.md §9.1). */
export interface NchsThresholds {
  /** Suppress when the effective sample size is below this (default 30). */
  minNEff: number;
  /** Suppress when the Korn–Graubard CI width is at least this (default 0.30). */
  maxCiw: number;
  /** Present without the relative-width test when the CI width is at most this (default 0.05). */
  narrowCiw: number;
  /** Suppress when CIW / p̂ is above this (default 1.30); also the complement footnote's limit. */
  maxRciw: number;
  /** Review (and flag `df-low`) when the design df is below this (default 8). */
  minDf: number;
  /** p̂ = 0 with CIW above `narrowCiw`: `review` (NCHS SAS macro, default) or `suppress` (surveytable). */
  zeroRule: 'review' | 'suppress';
  /** Adjust the effective n for the design df (default true; NHIS-style systems skip it). */
  dfAdjust: boolean;
}

/** Thresholds of the BPS relative-standard-error convention (RSE = se / estimate). */
export interface BpsThresholds {
  /** RSE at most this is usable (default 0.25). */
  maxUsable: number;
  /** RSE above `maxUsable` and at most this is usable with caution; above it, unreliable (default 0.50). */
  maxCaution: number;
  /** Flag `df-low` when the design df is below this (default 8). */
  minDf: number;
}

/** Thresholds of the minimum-n rule. */
export interface MinNThresholds {
  /** Unreliable when the unweighted base is below this (default 30). */
  minN: number;
  /** Flag `df-low` when the design df is below this (default 8). */
  minDf: number;
}

/** The thresholds of each standard. */
export interface ReliabilityThresholds {
  nchs: NchsThresholds;
  bps: BpsThresholds;
  'min-n': MinNThresholds;
}

/** How one threshold is read and checked, with its help text. */
export type ThresholdParameter = { description: { en: string; id: string } } & (
  | { kind: 'number'; min: number; max?: number; integer?: boolean }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'boolean' }
);

/**
 * An entry of the {@link reliabilityStandards} registry: label and description for help texts and docs,
 * default thresholds with their descriptions (read by validation and help), and the assessment.
 */
export interface ReliabilityStandardDefinition<T> {
  label: { en: string; id: string };
  description: { en: string; id: string };
  defaults: T;
  parameters: { [K in keyof T]: ThresholdParameter };
  /** A combination of thresholds that does not fit together, in words, or undefined when they fit. */
  check?(thresholds: T): { problem: string; expected: string } | undefined;
  /** The verdict on one row; rows without an estimate are `ok` with no reasons (nothing to qualify). */
  assess(row: ReliabilityRow, thresholds: T): ReliabilityAssessment;
}
