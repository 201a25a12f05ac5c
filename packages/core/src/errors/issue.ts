import type { ErrorLocation } from './minat-error.ts';

/** Severity of a diagnostic. `error` means rows were rejected or the input cannot be used. */
export type IssueLevel = 'error' | 'warning' | 'info';

/**
 * A diagnostic returned (never printed) by a pipeline stage.
 * `code` is stable and machine-readable; `message` is English prose naming file, row, column and value.
 */
export interface Issue extends ErrorLocation {
  level: IssueLevel;
  code: string;
  message: string;
  /** How many rows or values the issue concerns, when it summarises several. */
  count?: number;
  /** Free-form details for machines (e.g. closest known names for an unknown value). */
  details?: Record<string, unknown>;
}
