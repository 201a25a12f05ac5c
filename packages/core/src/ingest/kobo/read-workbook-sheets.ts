import readXlsxFile from 'read-excel-file/universal';
import { MinatError } from '../../errors/minat-error.ts';

/** One sheet of a workbook as strings: `rows[i]` is spreadsheet row `i + 1`, empty cells are `''`. */
export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

/**
 * Reads every sheet of an XLSX workbook as strings (numbers as written, without a trailing `.0`).
 * Works in browsers and Node (no `fs`): the caller passes the bytes.
 *
 * @param input - the file name (for messages) and its bytes
 * @returns the sheets in workbook order
 * @throws MinatError `xlsx-invalid` when the bytes are not an XLSX workbook (e.g. an old `.xls`)
 * @example
 * ```ts
 * const sheets = await readWorkbookSheets({ name: 'form.xlsx', bytes });
 * const survey = sheets.find((s) => s.name === 'survey');
 * ```
 */
export async function readWorkbookSheets(input: {
  name: string;
  bytes: Uint8Array;
}): Promise<WorkbookSheet[]> {
  // read-excel-file's universal entry takes an ArrayBuffer: copy the view so an offset into a larger buffer is safe.
  const buffer = input.bytes.slice().buffer as ArrayBuffer;
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile<string>(buffer, { parseNumber: (s) => s, trim: false });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new MinatError(
      'xlsx-invalid',
      `${input.name}: cannot be read as an XLSX workbook (${reason}); an old .xls file must be saved as .xlsx first`,
      { file: input.name, expected: 'an .xlsx workbook' },
      { cause },
    );
  }
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }));
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
