import type { Issue } from '../errors/issue.ts';
import type { SourceInfo } from '../ingest/raw-table.ts';
import type { SurveySchema } from '../schema/survey-schema.ts';

/**
 * A dictionary-encoded categorical column: `codes[i]` indexes `levels`, `-1` means missing.
 * Typed arrays keep a million respondents small and fast to scan.
 */
export interface Categorical {
  codes: Int32Array;
  levels: string[];
}

/** Why a row was rejected (stable, machine-readable). */
export type RejectionCode =
  | 'ragged-row'
  | 'unclosed-quote'
  | 'unparseable-record'
  | 'record-too-long'
  | 'weight-not-numeric'
  | 'weight-negative'
  | 'weight-not-finite'
  | 'design-value-missing'
  | 'fpc-invalid'
  | 'destination-unknown'
  | 'destination-repeated'
  | 'province-unknown'
  | 'code-unknown'
  | 'number-invalid'
  | 'number-out-of-bins'
  | 'option-value-invalid';

/** One problem of one row. */
export interface RowProblem {
  column: string;
  value: string;
  code: RejectionCode;
  reason: string;
  expected?: string;
}

/**
 * A rejected row. `column`, `value` and `code` are those of its first problem; `reason` describes all
 * of them, and `problems` lists each.
 */
export interface Rejection {
  /** Source row as a spreadsheet shows it (header = 1). */
  row: number;
  column: string;
  value: string;
  code: RejectionCode;
  reason: string;
  expected?: string;
  problems: RowProblem[];
}

/** Every data row accounted for: `read === accepted + rejected.length`, always. */
export interface RowAccounting {
  file: string;
  read: number;
  accepted: number;
  rejected: Rejection[];
}

/** Answers to one destination question, as ISO 3166-1 alpha-2 codes (`ZZ` = another country). */
export interface DestinationAnswers {
  key: string;
  kind: 'single' | 'ranked' | 'multi';
  base: 'answered' | 'all';
  /** Destination codes; `slots` and `sets` index into it. */
  levels: string[];
  /**
   * single: one slot; ranked: one slot per rank, first choice first. `-1` = no answer in that slot.
   * Empty for multi.
   */
  slots: Int32Array[];
  /** multi: the chosen codes of respondent `i` are `codes[offsets[i] .. offsets[i+1])`. */
  sets?: { offsets: Int32Array; codes: Int32Array };
  /** 1 when the respondent answered the question (any slot, any option), else 0. */
  answered: Uint8Array;
}

/** Readiness answers. Language levels are categorical (`none` when no test was taken). */
export interface ReadinessAnswers {
  language: { framework: string; column: string; destination?: string; level: Categorical }[];
  /** 1 = has a skill certificate, 0 = has none, -1 = missing. */
  certificate?: Int8Array;
}

/**
 * The output of the validate stage: accepted rows only, normalised and dictionary-encoded, with the
 * row accounting and the diagnostics. Index `i` is the i-th accepted row; `rowNumbers[i]` its source row.
 */
export interface ValidatedSurvey {
  schema: SurveySchema;
  source: SourceInfo;
  /** Number of accepted rows. */
  n: number;
  rowNumbers: Int32Array;
  id?: string[];
  wave?: Categorical;
  /** Final weights; all 1 when the schema declares no weight column. */
  weight: Float64Array;
  weighted: boolean;
  strata?: Categorical;
  /** PSUs keyed by (stratum, PSU), as R's `nest=TRUE`: levels are `stratum/psu`. */
  psu?: Categorical;
  fpc?: Float64Array;
  /** Origin province as BPS codes. */
  province?: Categorical;
  /** Grouping dimensions by key, levels in codebook order. */
  dimensions: Record<string, Categorical>;
  /** The main destination question. */
  destination: DestinationAnswers;
  /** Further destination questions by key. */
  questions: Record<string, DestinationAnswers>;
  /** Levels `none`, `interest`, `plan`, `preparing`. */
  intention?: Categorical;
  readiness?: ReadinessAnswers;
  accounting: RowAccounting;
  issues: Issue[];
}
