import type { Issue } from '../errors/issue.ts';

/** File formats the ingest stage reads. */
export type FileFormat = 'csv' | 'tsv' | 'json' | 'ndjson' | 'xlsx';

/** What the ingest learned about the source while reading it. */
export interface SourceInfo {
  /** File name as given by the caller (used in every message). */
  name: string;
  format: FileFormat;
  /** Field delimiter, for CSV/TSV. */
  delimiter?: ',' | ';' | '\t';
  /** Whether a UTF-8 byte-order mark was present (and removed). */
  bom?: boolean;
  /** Line ending seen first, for text formats. */
  lineEnding?: 'lf' | 'crlf' | 'cr';
  /** Sheet read, for XLSX. */
  sheet?: string;
  /** Size of the input in bytes, when known. */
  bytes?: number;
}

/**
 * A problem with one raw row that the ingest detected while parsing (the validate stage rejects such rows).
 * - `ragged`: the record has more or fewer fields than the header.
 * - `unclosed-quote`: a quoted field never closed; the rest of the file was read into this record.
 * - `not-an-object`: a JSON/NDJSON record that is not an object.
 * - `json-syntax`: an NDJSON line that is not valid JSON.
 * - `too-long`: a record longer than the configured maximum.
 */
export interface RawProblem {
  kind: 'ragged' | 'unclosed-quote' | 'not-an-object' | 'json-syntax' | 'too-long' | 'invalid-bytes';
  message: string;
  /** Number of fields found, for `ragged`. */
  found?: number;
  /** Number of fields expected, for `ragged`. */
  expected?: number;
}

/**
 * The output of the ingest stage: cells as strings, column-major, with each row's source row number.
 *
 * Cells are strings exactly as the file holds them (numbers from XLSX/JSON written without a trailing
 * `.0`); an empty or absent cell is `''`. Nothing is trimmed or interpreted here: that is the validate
 * stage's job.
 */
export interface RawTable {
  source: SourceInfo;
  /** Column headers as written in the file (BOM removed). */
  headers: string[];
  /** `columns[c][r]`: the cell of column `c` in data row `r`. Every column has `rowNumbers.length` cells. */
  columns: string[][];
  /** The 1-based source row of each data row (see {@link ErrorLocation.row}). */
  rowNumbers: number[];
  /** Problems found while parsing, keyed by data-row index (0-based), absent for clean rows. */
  rowProblems: Map<number, RawProblem[]>;
  /** File-level diagnostics (e.g. delimiter guessed, empty lines skipped). */
  issues: Issue[];
}

/**
 * Progress of a long read (bytes consumed so far and data rows parsed so far) or of the validation
 * (`stage: 'validate'`: `rows` of `totalRows` checked, `bytes` the size of the input when known, else 0).
 */
export interface ReadProgress {
  stage: 'read' | 'parse' | 'validate';
  bytes: number;
  /** Total bytes, when the input size is known. */
  totalBytes?: number;
  rows: number;
  /** Total data rows, when known (always for `validate`). */
  totalRows?: number;
}

/** Input to the ingest stage. Browsers pass `File.stream()`; Node passes a web stream or bytes. */
export type TableInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; text: string }
  | { name: string; stream: ReadableStream<Uint8Array>; size?: number };

/** Options of {@link readTable}. */
export interface ReadOptions {
  /** Force a format instead of detecting it from the name and content. */
  format?: FileFormat;
  /** Force a delimiter for CSV/TSV instead of detecting it. */
  delimiter?: ',' | ';' | '\t';
  /** XLSX: the sheet to read (default: the first). */
  sheet?: string;
  /** Called as the input is read, at most every `progressEvery` rows (default 10,000). */
  onProgress?: (progress: ReadProgress) => void;
  progressEvery?: number;
  /** Longest record accepted, in characters (default 1,000,000). Longer records are rejected, not parsed. */
  maxRecordChars?: number;
}
