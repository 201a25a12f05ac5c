/**
 * Machine-readable error codes. Callers switch on `code`; the message is for people.
 */
export type MinatErrorCode =
  | 'file-unreadable'
  | 'file-empty'
  | 'format-unknown'
  | 'no-data-rows'
  | 'header-duplicate'
  | 'header-empty'
  | 'column-missing'
  | 'sheet-missing'
  | 'json-invalid'
  | 'csv-invalid'
  | 'xlsx-invalid'
  | 'xlsform-invalid'
  | 'schema-invalid'
  | 'option-invalid'
  | 'design-lonely-psu'
  | 'design-one-psu'
  | 'design-fpc-invalid'
  | 'calibration-invalid';

/** Where in the input a problem sits. Row numbers are as a spreadsheet shows them (header = 1). */
export interface ErrorLocation {
  /** File name as given by the caller. */
  file?: string;
  /** 1-based row: CSV/TSV line where the record starts, XLSX sheet row, NDJSON line, JSON record index. */
  row?: number;
  /** Column header as written in the file. */
  column?: string;
  /** The offending value, shortened for display when very long. */
  value?: string;
  /** What was expected instead, in words. */
  expected?: string;
}

/**
 * The one error type the library throws. `code` tells callers what happened,
 * the location fields tell people where.
 *
 * @example
 * ```ts
 * try { await readTable(input); } catch (e) { if (e instanceof MinatError && e.code === 'file-empty') … }
 * ```
 */
export class MinatError extends Error implements ErrorLocation {
  override readonly name = 'MinatError';
  readonly code: MinatErrorCode;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly expected?: string;

  constructor(
    code: MinatErrorCode,
    message: string,
    location: ErrorLocation = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    Object.assign(this, location);
  }
}
