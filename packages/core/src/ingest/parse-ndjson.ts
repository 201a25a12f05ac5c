import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import { finalizeColumns } from './finalize-columns.ts';
import { ObjectColumns } from './object-columns.ts';
import type { RawTable } from './raw-table.ts';
import { shortenValue } from './shorten-value.ts';

/** Options of {@link parseNdjson}. */
export interface ParseNdjsonOptions {
  /** File name, for messages. */
  name: string;
  /** Longest line parsed, in characters (default 1,000,000); longer lines get problem `too-long`. */
  maxRecordChars?: number;
  /** Call `onRows` every this many data rows (default 10,000). */
  progressEvery?: number;
  onRows?: (rows: number) => void;
}

/**
 * Reads NDJSON (JSON Lines) text, chunk by chunk, into a {@link RawTable}: one JSON object per line, the row
 * number being the line number. Blank lines are skipped (info issue `blank-lines-skipped`); a line that is not
 * valid JSON becomes an empty row with problem `json-syntax` and reading goes on; a line holding something
 * other than an object gets `not-an-object`. Cells are written as in {@link parseJson}.
 *
 * @param chunks - The decoded text (BOM removed).
 * @param options - See {@link ParseNdjsonOptions}.
 * @returns The table.
 * @throws MinatError `file-empty` when every line is blank; `json-invalid` when no line holds an object.
 * @example
 * ```ts
 * const table = await parseNdjson(['{"id":1}\n', '\n{"id":2}\n'], { name: 'a.ndjson' });
 * table.rowNumbers; // [1, 3]
 * ```
 */
export async function parseNdjson(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ParseNdjsonOptions,
): Promise<RawTable> {
  const { name, onRows } = options;
  const maxChars = options.maxRecordChars ?? 1_000_000;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 10_000));
  const rows = new ObjectColumns(name, 'Line');
  let line = 0;
  let blank = 0;
  let carry = '';
  let carryTooLong = false;
  const take = (text: string, tooLong: boolean) => {
    line++;
    const trimmed = text.trim();
    if (trimmed === '' && !tooLong) {
      blank++;
      return;
    }
    if (tooLong || text.length > maxChars) {
      rows.add(undefined, line, {
        kind: 'too-long',
        message: `Line ${line} of ${name} is longer than the limit of ${maxChars.toLocaleString('en-US')} characters and was not read.`,
      });
    } else {
      try {
        rows.add(JSON.parse(trimmed), line);
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        rows.add(undefined, line, {
          kind: 'json-syntax',
          message: `Line ${line} of ${name} is not valid JSON (${detail}): ${shortenValue(trimmed)}`,
        });
      }
    }
    if (onRows !== undefined && rows.rowNumbers.length % every === 0) onRows(rows.rowNumbers.length);
  };
  for await (const text of chunks) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      take(carry + text.slice(start, nl), carryTooLong);
      carry = '';
      carryTooLong = false;
      start = nl + 1;
    }
    if (!carryTooLong) carry += text.slice(start);
    if (carry.length > maxChars) {
      carry = '';
      carryTooLong = true;
    }
  }
  if (carry !== '' || carryTooLong) take(carry, carryTooLong);
  if (rows.rowNumbers.length === 0) {
    throw new MinatError('file-empty', `${name} has only blank lines. Export the survey data again.`, {
      file: name,
    });
  }
  if (rows.objects === 0) {
    throw new MinatError(
      'json-invalid',
      `None of the ${rows.rowNumbers.length} non-blank lines of ${name} holds a JSON object. NDJSON needs one ` +
        'object per line, like {"id": 1, "destination": "Japan"}.',
      { file: name, expected: 'one JSON object per line' },
    );
  }
  const issues: Issue[] = [];
  if (blank > 0) {
    issues.push({
      level: 'info',
      code: 'blank-lines-skipped',
      file: name,
      count: blank,
      message: `${name}: skipped ${blank} blank line${blank === 1 ? '' : 's'}.`,
    });
  }
  const nested = rows.nestedIssue();
  if (nested !== undefined) issues.push(nested);
  const final = finalizeColumns(rows.headers, rows.columns, { file: name });
  return {
    source: { name, format: 'ndjson' },
    headers: final.headers,
    columns: final.columns,
    rowNumbers: rows.rowNumbers,
    rowProblems: rows.rowProblems,
    issues: [...issues, ...final.issues],
  };
}
