import readXlsxFile from 'read-excel-file/universal';
import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import { cellToString } from './cell-to-string.ts';
import { finalizeColumns } from './finalize-columns.ts';
import type { RawTable } from './raw-table.ts';

/** Options of {@link parseXlsx}. */
export interface ParseXlsxOptions {
  /** File name, for messages. */
  name: string;
  /** Sheet to read (default: the first). Matched exactly, then ignoring case and surrounding spaces. */
  sheet?: string;
}

/**
 * Reads one sheet of an Excel workbook (.xlsx) into a {@link RawTable}, in Node and in browsers.
 *
 * The header is the first non-empty row; row numbers are the sheet's own (header = its row, usually 1), so
 * empty rows that are skipped (info issue `blank-lines-skipped`) keep the later rows' numbers right. Cells are
 * written with {@link cellToString}: numbers as `String(n)` (`30`, `0.1`), dates as `yyyy-mm-dd` (with the
 * time when there is one), booleans as `true`/`false`; text is not trimmed. The sheet is a grid, so no row is
 * ragged: a column without a header is named `column_<n>` when it holds data and dropped when it does not
 * (see {@link finalizeColumns}).
 *
 * @param bytes - The whole .xlsx file.
 * @param options - See {@link ParseXlsxOptions}.
 * @returns The table.
 * @throws MinatError `xlsx-invalid` when the bytes are not a readable workbook; `sheet-missing` (listing the
 *   sheets) when `options.sheet` is not in it; `no-data-rows` when the sheet is empty.
 * @example
 * ```ts
 * const table = await parseXlsx(bytes, { name: 'survey.xlsx', sheet: 'data' });
 * ```
 */
export async function parseXlsx(bytes: Uint8Array, options: ParseXlsxOptions): Promise<RawTable> {
  const { name } = options;
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await readXlsxFile(buffer, { trim: false });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new MinatError(
      'xlsx-invalid',
      `${name} cannot be read as an Excel workbook (${detail}). The file may be damaged or incomplete, or ` +
        'another kind of file renamed to .xlsx: open it in Excel and save it again as .xlsx, or as "CSV UTF-8".',
      { file: name },
      { cause },
    );
  }
  const names = sheets.map((s) => s.sheet);
  const sheet = pickSheet(sheets, options.sheet);
  if (sheet === undefined && options.sheet === undefined) {
    throw new MinatError('xlsx-invalid', `${name} has no sheets. Open it in Excel and save it again.`, {
      file: name,
    });
  }
  if (sheet === undefined) {
    throw new MinatError(
      'sheet-missing',
      `${name} has no sheet named "${options.sheet}". Its sheets are: ${names.map((n) => `"${n}"`).join(', ')}.`,
      { file: name, value: options.sheet, expected: names.join(', ') },
    );
  }
  const data = sheet.data as unknown[][];
  const headerIndex = data.findIndex((row) => !isEmptyRow(row));
  if (headerIndex === -1) {
    throw new MinatError(
      'no-data-rows',
      `Sheet "${sheet.sheet}" of ${name} is empty. ` +
        (names.length > 1 ? `Choose another sheet (${names.join(', ')}) or ` : '') +
        'put the header in the first row and one respondent per row below it.',
      { file: name },
    );
  }
  const width = data.reduce((max, row) => Math.max(max, row.length), 0);
  const rawHeaders = Array.from({ length: width }, (_, c) => cellToString(data[headerIndex]?.[c]));
  const columns: string[][] = rawHeaders.map(() => []);
  const rowNumbers: number[] = [];
  let blank = headerIndex;
  for (let r = headerIndex + 1; r < data.length; r++) {
    const row = data[r] ?? [];
    if (isEmptyRow(row)) {
      blank++;
      continue;
    }
    for (let c = 0; c < width; c++) columns[c]!.push(cellToString(row[c]));
    rowNumbers.push(r + 1);
  }
  const issues: Issue[] = [];
  if (blank > 0) {
    issues.push({
      level: 'info',
      code: 'blank-lines-skipped',
      file: name,
      count: blank,
      message: `${name}: skipped ${blank} empty row${blank === 1 ? '' : 's'} of sheet "${sheet.sheet}".`,
    });
  }
  const final = finalizeColumns(rawHeaders, columns, { file: name, row: headerIndex + 1 });
  return {
    source: { name, format: 'xlsx', sheet: sheet.sheet },
    headers: final.headers,
    columns: final.columns,
    rowNumbers,
    rowProblems: new Map(),
    issues: [...issues, ...final.issues],
  };
}

function pickSheet<T extends { sheet: string }>(sheets: T[], wanted: string | undefined): T | undefined {
  if (wanted === undefined) return sheets[0];
  const key = wanted.trim().toLowerCase();
  return sheets.find((s) => s.sheet === wanted) ?? sheets.find((s) => s.sheet.trim().toLowerCase() === key);
}

function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function isEmptyRow(row: unknown[] | undefined): boolean {
  return row === undefined || row.every(isEmptyCell);
}
