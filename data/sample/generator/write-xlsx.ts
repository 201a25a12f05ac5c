import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { coreRequire } from './core-require.ts';

/** A cell: a string or number, or `null` for an empty cell. */
export type XlsxCell = string | number | null;

/** One worksheet. */
export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
}

type CellObject = { value: string | number; type: StringConstructor | NumberConstructor } | null;
type WriteXlsxFile = (sheets: { sheet: string; data: CellObject[][] }[]) => { toBuffer(): Promise<Buffer> };

/** DOS date of 2026-02-12, 00:00: every zip entry gets it, so the file does not depend on the clock. */
const DOS_DATE = ((2026 - 1980) << 9) | (2 << 5) | 12;

/** Overwrites the modification time of every entry (local headers and central directory) in place. */
function fixZipTimes(zip: Buffer): void {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('xlsx: zip end-of-central-directory record not found');
  let p = zip.readUInt32LE(eocd + 16);
  const entries = zip.readUInt16LE(eocd + 10);
  for (let e = 0; e < entries; e++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('xlsx: bad central directory entry');
    zip.writeUInt16LE(0, p + 12);
    zip.writeUInt16LE(DOS_DATE, p + 14);
    const local = zip.readUInt32LE(p + 42);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}

/**
 * Writes an XLSX workbook with write-excel-file, numbers as numbers and text as text, with fixed zip
 * timestamps so that the same sheets always give the same bytes.
 *
 * @param sheets - the worksheets, first sheet first
 * @param path - the file to write (its folder is created)
 * @example
 * ```ts
 * await writeXlsx([{ name: 'data', rows: [['a', 'b'], [1, null]] }], 'out.xlsx');
 * ```
 */
export async function writeXlsx(sheets: XlsxSheet[], path: string): Promise<void> {
  const writeXlsxFile = coreRequire('write-excel-file/node') as WriteXlsxFile;
  const data = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row) =>
      row.map(
        (v): CellObject => (v === null ? null : { value: v, type: typeof v === 'number' ? Number : String }),
      ),
    ),
  }));
  const buffer = await writeXlsxFile(data).toBuffer();
  fixZipTimes(buffer);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buffer);
}
