import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import { finalizeColumns } from './finalize-columns.ts';
import { ObjectColumns } from './object-columns.ts';
import type { RawTable } from './raw-table.ts';
import { shortenValue } from './shorten-value.ts';

/**
 * Reads JSON text holding an array of objects (one per respondent) into a {@link RawTable}. An object that
 * wraps the array under one key, like KoBo's API `{"count": 3, "results": [...]}`, is accepted too (info
 * issue `json-wrapper`). Headers are the union of the keys in first-seen order; numbers are written with
 * `String(n)`, booleans as `true`/`false`, `null` as `''`, nested objects/arrays as JSON text (info issue
 * `json-nested`). Row numbers are 1-based record indexes; a record that is not an object becomes an empty row
 * with problem `not-an-object`.
 *
 * @param text - The whole JSON text (BOM removed).
 * @param name - File name, for messages.
 * @returns The table (possibly without rows: an empty array).
 * @throws MinatError `file-empty` for blank text; `json-invalid` for a syntax error (with line and column),
 *   for a top level that is not an array of objects, or for an array none of whose records is an object.
 * @example
 * ```ts
 * parseJson('[{"id":1,"w":1.5},{"id":2,"x":null}]', 'a.json').headers; // ['id', 'w', 'x']
 * ```
 */
export function parseJson(text: string, name: string): RawTable {
  if (text.trim() === '') {
    throw new MinatError('file-empty', `${name} is empty. Export the survey data again.`, { file: name });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw syntaxError(text, name, cause);
  }
  const issues: Issue[] = [];
  const records = findRecords(data, name, issues);
  const rows = new ObjectColumns(name, 'Record');
  records.forEach((record, i) => {
    rows.add(record, i + 1);
  });
  if (records.length > 0 && rows.objects === 0) {
    const sample = shortenValue(JSON.stringify(records.slice(0, 3)) ?? '');
    throw new MinatError(
      'json-invalid',
      `${name} holds an array of ${records.length} values but none is an object (${sample}). Minat expects an ` +
        'array of objects, one per respondent, like [{"id": 1, "destination": "Japan"}, …].',
      { file: name, expected: 'an array of objects' },
    );
  }
  const nested = rows.nestedIssue();
  if (nested !== undefined) issues.push(nested);
  const final = finalizeColumns(rows.headers, rows.columns, { file: name });
  return {
    source: { name, format: 'json' },
    headers: final.headers,
    columns: final.columns,
    rowNumbers: rows.rowNumbers,
    rowProblems: rows.rowProblems,
    issues: [...issues, ...final.issues],
  };
}

function findRecords(data: unknown, name: string, issues: Issue[]): unknown[] {
  if (Array.isArray(data)) return data;
  const expected = 'an array of objects, one per respondent';
  if (data !== null && typeof data === 'object') {
    const arrays = Object.entries(data).filter(([, value]) => Array.isArray(value));
    const [only] = arrays;
    if (arrays.length === 1 && only !== undefined) {
      issues.push({
        level: 'info',
        code: 'json-wrapper',
        file: name,
        message: `${name}: read the records from the "${only[0]}" property of the top-level object.`,
        details: { key: only[0] },
      });
      return only[1] as unknown[];
    }
    const keys = Object.keys(data).slice(0, 8).join(', ');
    throw new MinatError(
      'json-invalid',
      `${name} holds an object (keys: ${keys || 'none'}) with ${arrays.length === 0 ? 'no' : arrays.length} ` +
        `arrays in it, so the records cannot be found. Minat expects ${expected}, or an object with exactly ` +
        'one array of them (like {"results": [...]}).',
      { file: name, expected },
    );
  }
  throw new MinatError(
    'json-invalid',
    `${name} holds a single ${data === null ? 'null' : typeof data} (${shortenValue(String(data))}), not ${expected}.`,
    { file: name, expected },
  );
}

function syntaxError(text: string, name: string, cause: unknown): MinatError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const where = locate(text, detail);
  const at = where === undefined ? '' : ` at line ${where.line}, column ${where.column}`;
  const context = where === undefined ? '' : ` near "${shortenValue(where.context, 40)}"`;
  return new MinatError(
    'json-invalid',
    `${name} is not valid JSON: syntax error${at}${context} (${detail}). Fix the file or export it again; ` +
      'if it has one JSON object per line, name it .ndjson.',
    { file: name, expected: 'valid JSON' },
    { cause },
  );
}

function locate(text: string, message: string) {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  let position: number | undefined;
  if (lineColumn !== null) {
    const line = Number(lineColumn[1]);
    let start = 0;
    for (let l = 1; l < line && start !== -1; l++) start = text.indexOf('\n', start) + 1 || -1;
    position = Math.max(0, start) + Number(lineColumn[2]) - 1;
  } else {
    const found = /position (\d+)/i.exec(message);
    if (found !== null) position = Number(found[1]);
    else if (/unexpected end/i.test(message)) position = text.length;
  }
  if (position === undefined) return undefined;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column, context: text.slice(Math.max(0, position - 20), position + 20) };
}
