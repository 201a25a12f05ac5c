import { MinatError } from '../errors/minat-error.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';
import type { OpenedInput } from './open-input.ts';
import { openInput } from './open-input.ts';
import { parseDelimited } from './parse-delimited.ts';
import { parseJson } from './parse-json.ts';
import { parseNdjson } from './parse-ndjson.ts';
import { parseXlsx } from './parse-xlsx.ts';
import type { FileFormat, RawTable, ReadOptions, ReadProgress, TableInput } from './raw-table.ts';

/**
 * Reads a survey data file (CSV, TSV, JSON, NDJSON or XLSX) into a {@link RawTable}: cells as strings,
 * column by column, each data row with its row number as a spreadsheet shows it (header = row 1), plus row
 * problems (`ragged`, `unclosed-quote`, `too-long`, `json-syntax`, `not-an-object`) and file-level issues.
 * Nothing is trimmed or interpreted: the validate stage does that.
 *
 * The format comes from `options.format`, else from the name and the first bytes (see {@link detectFormat});
 * the CSV/TSV delimiter from `options.delimiter`, else from the header and a sample of lines. Text must be
 * UTF-8 (a BOM is removed). CSV, TSV and NDJSON are parsed as the bytes arrive, so a `stream` input is never
 * held in memory whole; JSON and XLSX are read whole first.
 *
 * @param input - `{ name, bytes }`, `{ name, text }` or `{ name, stream, size? }` (a web `ReadableStream`,
 *   e.g. `file.stream()` in a browser or `Readable.toWeb(fs.createReadStream(path))` in Node).
 * @param options - See {@link ReadOptions}: `format`, `delimiter`, `sheet`, `onProgress`, `progressEvery`
 *   (default 10,000 rows), `maxRecordChars` (default 1,000,000).
 * @returns The raw table; `rowNumbers.length` equals the length of every column.
 * @throws MinatError `file-empty`, `no-data-rows`, `format-unknown`, `json-invalid`, `xlsx-invalid`,
 *   `sheet-missing`, `csv-invalid` (unreadable header line) or `file-unreadable` (the stream failed). Every
 *   message names the file and says what to do.
 * @example
 * ```ts
 * const table = await readTable({ name: 'survey.csv', text: 'id;dest\n1;Japan\n' });
 * table.headers; // ['id', 'dest'];  table.columns[1]: ['Japan'];  table.rowNumbers: [2]
 * ```
 */
export async function readTable(input: TableInput, options: ReadOptions = {}): Promise<RawTable> {
  const opened = await openInput(input);
  const { name } = opened;
  let format: FileFormat;
  try {
    if (isBlank(opened)) {
      throw new MinatError(
        'file-empty',
        `${name} is empty (${opened.size === 0 ? '0 bytes' : 'only spaces and blank lines'}). ` +
          'Export the survey data again.',
        { file: name },
      );
    }
    format = options.format ?? detectFormat(name, opened.head);
  } catch (error) {
    await opened.cancel();
    throw error;
  }
  const { onProgress } = options;
  const report = (stage: ReadProgress['stage'], rows: number) =>
    onProgress?.({ stage, bytes: opened.bytesRead, totalBytes: opened.size, rows });
  const table = await readFormat(opened, format, options, report);
  table.source.bytes = opened.bytesRead;
  if (table.rowNumbers.length === 0) throw noDataRows(table);
  report('parse', table.rowNumbers.length);
  return table;
}

async function readFormat(
  opened: OpenedInput,
  format: FileFormat,
  options: ReadOptions,
  report: (stage: ReadProgress['stage'], rows: number) => void,
): Promise<RawTable> {
  const { name } = opened;
  if (format === 'xlsx') {
    const bytes = await collectBytes(opened);
    report('read', 0);
    return parseXlsx(bytes, { name, sheet: options.sheet });
  }
  const common = {
    name,
    maxRecordChars: options.maxRecordChars,
    progressEvery: options.progressEvery,
    onRows: (rows: number) => report('parse', rows),
  };
  const decoded = decodeText(opened);
  let table: RawTable;
  if (format === 'json') table = parseJson(await collectText(decoded.chunks), name);
  else if (format === 'ndjson') table = await parseNdjson(decoded.chunks, common);
  else {
    const delimiter = options.delimiter ?? (options.format === 'tsv' ? '\t' : undefined);
    table = await parseDelimited(decoded.chunks, {
      ...common,
      delimiter,
      prefer: format === 'tsv' ? '\t' : ',',
    });
  }
  table.source.bom = decoded.bom;
  return table;
}

/** Whether the whole input is in the head and holds nothing but a BOM and white space. */
function isBlank(opened: OpenedInput): boolean {
  const { head, size } = opened;
  if (size === undefined || size > head.length) return false;
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (let i = start; i < head.length; i++) {
    const b = head[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

async function collectBytes(opened: OpenedInput): Promise<Uint8Array> {
  if (opened.textChunks !== undefined) {
    throw new MinatError(
      'xlsx-invalid',
      `${opened.name} was given as text, but an Excel workbook is binary: pass its bytes or a stream instead.`,
      { file: opened.name },
    );
  }
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of opened.chunks ?? []) {
    parts.push(chunk);
    length += chunk.length;
  }
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}

function noDataRows(table: RawTable): MinatError {
  const { name, format } = table.source;
  const what =
    format === 'json'
      ? 'holds an empty list of records'
      : format === 'ndjson'
        ? 'has no records'
        : `has a header row (${table.headers.slice(0, 5).join(', ')}${table.headers.length > 5 ? ', …' : ''}) but no data rows`;
  return new MinatError(
    'no-data-rows',
    `${name} ${what}. Export the survey again with its responses, one respondent per row.`,
    { file: name },
  );
}
