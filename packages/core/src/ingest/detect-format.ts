import { MinatError } from '../errors/minat-error.ts';
import { ACCEPTED_FORMATS } from './accepted-formats.ts';
import type { FileFormat } from './raw-table.ts';

const BY_EXTENSION: Record<string, FileFormat> = {
  csv: 'csv',
  txt: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
};

const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  xls: 'an Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx or as "CSV UTF-8"',
  ods: 'an OpenDocument spreadsheet (.ods); save it as .xlsx or as CSV (UTF-8)',
  sav: 'an SPSS data file (.sav); export it from SPSS as CSV (UTF-8)',
  dta: 'a Stata data file (.dta); export it from Stata as CSV (UTF-8)',
  sas7bdat: 'a SAS data file; export it as CSV (UTF-8)',
  rds: 'an R data file; write it out with write.csv() or readr::write_csv()',
  parquet: 'a Parquet file; convert it to CSV first',
  pdf: 'a PDF document; PDF tables cannot be read, ask for the data as CSV or .xlsx',
  doc: 'a Word document; copy the table into Excel and save it as .xlsx',
  docx: 'a Word document; copy the table into Excel and save it as .xlsx',
  zip: 'a ZIP archive; unpack it and give the CSV or .xlsx file inside',
  gz: 'a gzip archive; unpack it first',
};

/**
 * Decides the format of an input from its name and its first bytes.
 *
 * Order: a recognisable binary signature first (a ZIP archive is read as XLSX whatever its name; Office
 * 97-2003, PDF, SPSS, gzip and UTF-16 files are refused), then the extension (`.csv .txt .tsv .tab .json
 * .ndjson .jsonl .xlsx .xlsm`), then the content: `[` means JSON, `{` means JSON or NDJSON (NDJSON when an
 * object closes at the end of a line and the next line opens another), anything else delimited text.
 * A `.json` name whose content is clearly NDJSON is read as NDJSON. Text that is not UTF-8 is caught later,
 * while decoding.
 *
 * @param name - File name as given by the caller.
 * @param head - The first bytes of the input (64 KiB is plenty; fewer works).
 * @returns The format to read the input as (`csv` for delimited text; the delimiter is detected later).
 * @throws MinatError `format-unknown` for known unsupported formats (.xls, .sav, .pdf, …), with the formats
 *   that are accepted.
 * @example
 * ```ts
 * detectFormat('survey.csv', new TextEncoder().encode('id;age\n1;30\n')); // 'csv'
 * ```
 */
export function detectFormat(name: string, head: Uint8Array): FileFormat {
  const signature = binarySignature(head);
  if (signature === 'zip') return 'xlsx';
  if (signature !== undefined) {
    throw new MinatError('format-unknown', `${name} is ${signature}. ${ACCEPTED_FORMATS}`, { file: name });
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const unsupported = UNSUPPORTED_EXTENSIONS[extension];
  if (unsupported !== undefined) {
    throw new MinatError('format-unknown', `${name} looks like ${unsupported}. ${ACCEPTED_FORMATS}`, {
      file: name,
    });
  }
  const byContent = formatFromText(head);
  const byName = BY_EXTENSION[extension];
  if (byName === 'json' && byContent === 'ndjson') return 'ndjson';
  return byName ?? byContent;
}

function binarySignature(head: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return 'an Office 97-2003 file (for example an old Excel .xls); open it in Excel and save it as .xlsx or "CSV UTF-8"';
  }
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF document; ask for the data as CSV or .xlsx';
  if (starts(0x24, 0x46, 0x4c, 0x32) || starts(0x24, 0x46, 0x4c, 0x33)) {
    return 'an SPSS data file (.sav); export it from SPSS as CSV (UTF-8)';
  }
  if (starts(0x1f, 0x8b)) return 'a gzip archive; unpack it first';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) {
    return 'UTF-16 text; save it again as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)")';
  }
  return undefined;
}

function formatFromText(head: Uint8Array): FileFormat {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  if (head[i] === 0x5b) return 'json';
  if (head[i] !== 0x7b) return 'csv';
  const text = new TextDecoder().decode(head.subarray(i));
  return /\}[ \t]*\r?\n\s*\{/.test(text) ? 'ndjson' : 'json';
}
