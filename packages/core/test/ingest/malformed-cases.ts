import writeExcelFile from 'write-excel-file/universal';
import type { MinatErrorCode } from '../../src/errors/minat-error.ts';
import type { RawProblem, ReadOptions } from '../../src/ingest/raw-table.ts';

/** What reading a malformed fixture must give. */
export type MalformedExpectation =
  | {
      error: MinatErrorCode /** Fragments the message must contain (besides the file name). */;
      mentions?: string[];
    }
  | {
      headers: string[];
      /** Source row of every data row. */
      rowNumbers: number[];
      /** Problems by source row; rows not listed must have none. */
      problems?: Record<number, Pick<RawProblem, 'kind' | 'found' | 'expected'>[]>;
      /** Some columns' exact cells. */
      cells?: Record<string, string[]>;
      /** Issue codes that must be among the issues. */
      issues?: string[];
      source?: Record<string, unknown>;
    };

/** One malformed input under test/fixtures/malformed/: how its bytes are made and what reading it gives. */
export interface MalformedCase {
  file: string;
  /** What is wrong with it (for the README). */
  what: string;
  make: () => Uint8Array | Promise<Uint8Array>;
  options?: ReadOptions;
  expect: MalformedExpectation;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const BOM = [0xef, 0xbb, 0xbf];

async function xlsx(sheets: { sheet: string; data: (string | number | null)[][] }[]): Promise<Uint8Array> {
  const blob = await writeExcelFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** Deterministic pseudo-random bytes; `nul` false keeps them in 1..255. */
function garbage(length: number, nul: boolean): Uint8Array {
  const out = new Uint8Array(length);
  let seed = 20240601;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const b = (seed >>> 16) & 0xff;
    out[i] = nul ? b : b || 1;
  }
  if (nul) out[17] = 0;
  return out;
}

function utf16le(text: string, bom: boolean): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(out);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const MALFORMED_CASES: MalformedCase[] = [
  {
    file: 'unclosed-quote.csv',
    what: 'a quote opens on line 3 and never closes',
    make: () => utf8('id,name,dest\n1,Ani,Japan\n2,"Budi,Taiwan\n3,Citra,Korea\n4,Dewi,Japan\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3],
      problems: { 3: [{ kind: 'unclosed-quote' }] },
      cells: { id: ['1', '2'], name: ['Ani', 'Budi,Taiwan\n3,Citra,Korea\n4,Dewi,Japan\n'] },
    },
  },
  {
    file: 'unclosed-quote-last-line.csv',
    what: 'the last line opens a quote, no final newline',
    make: () => utf8('id,comment\n1,ok\n2,"never closed'),
    expect: {
      headers: ['id', 'comment'],
      rowNumbers: [2, 3],
      problems: { 3: [{ kind: 'unclosed-quote' }] },
      cells: { comment: ['ok', 'never closed'] },
    },
  },
  {
    file: 'unclosed-quote-in-header.csv',
    what: 'the header line opens a quote that never closes',
    make: () => utf8('"id,name\n1,Ani\n2,Budi\n'),
    expect: { error: 'csv-invalid', mentions: ['header row (line 1)', 'never closes'] },
  },
  {
    file: 'ragged-short.csv',
    what: 'row 3 has 2 fields, the header 3',
    make: () => utf8('id,name,dest\n1,Ani,Japan\n2,Budi\n3,Citra,Korea\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3, 4],
      problems: { 3: [{ kind: 'ragged', found: 2, expected: 3 }] },
      cells: { dest: ['Japan', '', 'Korea'] },
    },
  },
  {
    file: 'ragged-long.csv',
    what: 'row 4 has 4 fields (an unquoted comma in a value), the header 3',
    make: () => utf8('id,name,dest\n1,Ani,Japan\n2,Budi,Taiwan\n3,Citra, S.,Korea\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3, 4],
      problems: { 4: [{ kind: 'ragged', found: 4, expected: 3 }] },
      cells: { dest: ['Japan', 'Taiwan', ' S.'] },
    },
  },
  {
    file: 'empty.csv',
    what: '0 bytes',
    make: () => new Uint8Array(0),
    expect: { error: 'file-empty', mentions: ['0 bytes'] },
  },
  {
    file: 'whitespace-only.csv',
    what: 'only spaces, tabs and line breaks',
    make: () => utf8('  \n\t\n\r\n \n'),
    expect: { error: 'file-empty' },
  },
  {
    file: 'bom-only.csv',
    what: 'only a UTF-8 byte-order mark',
    make: () => bytes(BOM),
    expect: { error: 'file-empty' },
  },
  {
    file: 'header-only.csv',
    what: 'a header line and nothing else',
    make: () => utf8('id,name,dest\n'),
    expect: { error: 'no-data-rows', mentions: ['id, name, dest'] },
  },
  {
    file: 'header-only-blank-lines.csv',
    what: 'a header line followed by blank and delimiter-only lines',
    make: () => utf8('id;name\r\n\r\n;\r\n\r\n'),
    expect: { error: 'no-data-rows' },
  },
  {
    file: 'duplicate-headers.csv',
    what: '"age" three times in the header',
    make: () => utf8('id,age,age,name,age\n1,20,21,Ani,22\n'),
    expect: {
      headers: ['id', 'age', 'age (2)', 'name', 'age (3)'],
      rowNumbers: [2],
      cells: { 'age (3)': ['22'] },
      issues: ['header-duplicate'],
    },
  },
  {
    file: 'empty-header-cell.csv',
    what: 'the second header cell is empty but its column has data',
    make: () => utf8('id,,dest\n1,x,Japan\n2,y,Korea\n'),
    expect: {
      headers: ['id', 'column_2', 'dest'],
      rowNumbers: [2, 3],
      cells: { column_2: ['x', 'y'] },
      issues: ['header-empty'],
    },
  },
  {
    file: 'header-only-delimiters.csv',
    what: 'the first line is ",,," (an empty spreadsheet row); the names are on line 2',
    make: () => utf8(',,,\nid,name,dest,age\n1,Ani,Japan,25\n'),
    expect: {
      headers: ['id', 'name', 'dest', 'age'],
      rowNumbers: [3],
      cells: { dest: ['Japan'] },
      issues: ['blank-lines-skipped'],
    },
  },
  {
    file: 'blank-lines-before-header.csv',
    what: 'two blank lines, then the header on line 3',
    make: () => utf8('\n\nid,dest\n1,Japan\n'),
    expect: { headers: ['id', 'dest'], rowNumbers: [4], issues: ['blank-lines-skipped'] },
  },
  {
    file: 'blank-lines.csv',
    what: 'empty lines and delimiter-only lines between rows',
    make: () => utf8('id,dest\n1,Japan\n\n2,Korea\n,\n  \n3,Taiwan\n\n'),
    expect: {
      headers: ['id', 'dest'],
      rowNumbers: [2, 4, 7],
      cells: { dest: ['Japan', 'Korea', 'Taiwan'] },
      issues: ['blank-lines-skipped'],
    },
  },
  {
    file: 'binary-garbage.csv',
    what: '512 random bytes, with NUL bytes',
    make: () => garbage(512, true),
    expect: { error: 'format-unknown', mentions: ['NUL', 'Minat reads CSV'] },
  },
  {
    file: 'binary-no-nul.dat',
    what: '512 random bytes without NUL, unknown extension',
    make: () => garbage(512, false),
    expect: { error: 'format-unknown', mentions: ['not UTF-8'] },
  },
  {
    file: 'invalid-utf8.csv',
    what: 'Windows-1252 text: "é" is the single byte 0xE9 on line 3',
    make: () => bytes('id,name\n1,Ani\n2,Ren', [0xe9], '\n'),
    expect: { error: 'format-unknown', mentions: ['0xE9', 'line 3', 'CSV UTF-8'] },
  },
  {
    file: 'nul-bytes.csv',
    what: 'a NUL byte inside an otherwise normal CSV, on line 2',
    make: () => bytes('id,name\n1,A', [0], 'ni\n'),
    expect: { error: 'format-unknown', mentions: ['NUL', 'line 2'] },
  },
  {
    file: 'utf16le-bom.csv',
    what: 'UTF-16 LE text with its byte-order mark',
    make: () => utf16le('id,name\r\n1,Ani\r\n', true),
    expect: { error: 'format-unknown', mentions: ['UTF-16'] },
  },
  {
    file: 'utf16le-no-bom.csv',
    what: 'UTF-16 LE text without byte-order mark',
    make: () => utf16le('id,name\r\n1,Ani\r\n', false),
    expect: { error: 'format-unknown', mentions: ['NUL', 'UTF-16'] },
  },
  {
    file: 'xls-renamed.xlsx',
    what: 'an Office 97-2003 (.xls) file renamed to .xlsx',
    make: () => bytes(OLE2, new Array(504).fill(0)),
    expect: { error: 'format-unknown', mentions: ['Office 97-2003'] },
  },
  {
    file: 'old-excel.xls',
    what: 'an .xls name (content irrelevant)',
    make: () => utf8('id,name\n1,Ani\n'),
    expect: { error: 'format-unknown', mentions: ['.xls', '.xlsx'] },
  },
  {
    file: 'pdf-renamed.csv',
    what: 'a PDF renamed to .csv',
    make: () => utf8('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    expect: { error: 'format-unknown', mentions: ['PDF'] },
  },
  {
    file: 'spss.sav',
    what: 'an SPSS .sav header',
    make: () => utf8('$FL2@(#) IBM SPSS STATISTICS 64-bit Linux 25.0.0.0\n'),
    expect: { error: 'format-unknown', mentions: ['SPSS'] },
  },
  {
    file: 'truncated.xlsx',
    what: 'the first 600 bytes of a valid workbook (ZIP cut short)',
    make: async () => (await xlsx([{ sheet: 'data', data: [['id'], ['1']] }])).subarray(0, 600),
    expect: { error: 'xlsx-invalid', mentions: ['Excel workbook'] },
  },
  {
    file: 'not-a-zip.xlsx',
    what: 'CSV text named .xlsx',
    make: () => utf8('id,name\n1,Ani\n'),
    expect: { error: 'xlsx-invalid' },
  },
  {
    file: 'empty-sheet.xlsx',
    what: 'a workbook whose only sheet has no cells',
    make: () => xlsx([{ sheet: 'Sheet1', data: [] }]),
    expect: { error: 'no-data-rows', mentions: ['Sheet1'] },
  },
  {
    file: 'header-only.xlsx',
    what: 'a sheet with a header row and no data',
    make: () => xlsx([{ sheet: 'data', data: [['id', 'dest']] }]),
    expect: { error: 'no-data-rows', mentions: ['id, dest'] },
  },
  {
    file: 'two-sheets.xlsx',
    what: 'sheets "form" and "data"; read with sheet "responses" (missing)',
    make: () =>
      xlsx([
        { sheet: 'form', data: [['name'], ['q1']] },
        { sheet: 'data', data: [['id'], ['1']] },
      ]),
    options: { sheet: 'responses' },
    expect: { error: 'sheet-missing', mentions: ['"form", "data"'] },
  },
  {
    file: 'gappy.xlsx',
    what: 'header on sheet row 2, empty rows 4 and 6, a value in unnamed column E on row 7, column D empty',
    make: () =>
      xlsx([
        {
          sheet: 'data',
          data: [
            [null, null, null],
            ['id', 'age', 'dest'],
            ['1', 25, 'Japan'],
            [null, null, null],
            ['2', 30.5, 'Korea'],
            [null, null, null],
            ['3', 41, 'Taiwan', null, 'stray'],
          ],
        },
      ]),
    expect: {
      headers: ['id', 'age', 'dest', 'column_5'],
      rowNumbers: [3, 5, 7],
      cells: { age: ['25', '30.5', '41'], column_5: ['', '', 'stray'] },
      issues: ['blank-lines-skipped', 'header-empty', 'column-empty-dropped'],
      source: { sheet: 'data', format: 'xlsx' },
    },
  },
  {
    file: 'json-not-array.json',
    what: 'a single object, not an array of records',
    make: () => utf8('{"id": 1, "name": "Ani"}\n'),
    expect: { error: 'json-invalid', mentions: ['array of objects'] },
  },
  {
    file: 'json-syntax-error.json',
    what: 'a trailing comma on line 3',
    make: () => utf8('[\n  {"id": 1},\n  {"id": 2,}\n]\n'),
    expect: { error: 'json-invalid', mentions: ['line 3'] },
  },
  {
    file: 'json-truncated.json',
    what: 'the array is cut off in the middle of a record',
    make: () => utf8('[{"id": 1, "dest": "Japan"}, {"id": 2, "de'),
    expect: { error: 'json-invalid', mentions: ['not valid JSON'] },
  },
  {
    file: 'json-array-of-numbers.json',
    what: 'an array of numbers',
    make: () => utf8('[1, 2, 3]'),
    expect: { error: 'json-invalid', mentions: ['none is an object'] },
  },
  {
    file: 'json-scalar.json',
    what: 'a lone number',
    make: () => utf8('42\n'),
    expect: { error: 'json-invalid' },
  },
  {
    file: 'json-empty-array.json',
    what: 'an empty array',
    make: () => utf8('[]\n'),
    expect: { error: 'no-data-rows' },
  },
  {
    file: 'json-mixed-records.json',
    what: 'records 2 and 3 are an array and a string',
    make: () => utf8('[{"id": 1}, [1, 2], "x", {"id": 4, "tags": ["a", "b"]}]'),
    expect: {
      headers: ['id', 'tags'],
      rowNumbers: [1, 2, 3, 4],
      problems: { 2: [{ kind: 'not-an-object' }], 3: [{ kind: 'not-an-object' }] },
      cells: { id: ['1', '', '', '4'], tags: ['', '', '', '["a","b"]'] },
      issues: ['json-nested'],
    },
  },
  {
    file: 'json-wrapped-results.json',
    what: 'KoBo API shape: {count, next, previous, results: [...]}',
    make: () =>
      utf8(
        '{"count": 2, "next": null, "previous": null, "results": [{"_id": 7, "w": 1.0}, {"_id": 8, "w": 0.25}]}',
      ),
    expect: {
      headers: ['_id', 'w'],
      rowNumbers: [1, 2],
      cells: { w: ['1', '0.25'] },
      issues: ['json-wrapper'],
    },
  },
  {
    file: 'json-object-two-arrays.json',
    what: 'an object with two arrays: which one holds the records is unclear',
    make: () => utf8('{"a": [{"id": 1}], "b": [{"id": 2}]}'),
    expect: { error: 'json-invalid', mentions: ['exactly one array'] },
  },
  {
    file: 'ndjson-bad-line.ndjson',
    what: 'line 2 is not valid JSON, line 4 is a number',
    make: () => utf8('{"id": 1}\n{"id": 2,\n{"id": 3}\n17\n'),
    expect: {
      headers: ['id'],
      rowNumbers: [1, 2, 3, 4],
      problems: { 2: [{ kind: 'json-syntax' }], 4: [{ kind: 'not-an-object' }] },
      cells: { id: ['1', '', '3', ''] },
    },
  },
  {
    file: 'ndjson-blank-lines.ndjson',
    what: 'blank lines (some with spaces or CR) between records',
    make: () => utf8('{"id": 1}\r\n\r\n{"id": 2}\r\n   \r\n\r\n{"id": 3}\r\n'),
    expect: { headers: ['id'], rowNumbers: [1, 3, 6], issues: ['blank-lines-skipped'] },
  },
  {
    file: 'ndjson-all-bad.ndjson',
    what: 'no line is a JSON object',
    make: () => utf8('id,name\n1,Ani\n'),
    expect: { error: 'json-invalid', mentions: ['None of the 2'] },
  },
  {
    file: 'mixed-line-endings.csv',
    what: 'CRLF, LF and CR line endings in one file',
    make: () => utf8('id,dest\r\n1,Japan\n2,Korea\r3,Taiwan\r\n'),
    expect: { headers: ['id', 'dest'], rowNumbers: [2, 3, 4], cells: { dest: ['Japan', 'Korea', 'Taiwan'] } },
  },
  {
    file: 'cr-only.csv',
    what: 'old Mac line endings (CR only), with a CR inside a quoted value',
    make: () => utf8('id,comment\r1,"two\rlines"\r2,ok\r'),
    expect: {
      headers: ['id', 'comment'],
      rowNumbers: [2, 4],
      cells: { comment: ['two\rlines', 'ok'] },
      source: { lineEnding: 'cr' },
    },
  },
  {
    file: 'quote-inside-unquoted.csv',
    what: 'quotes inside unquoted values (5\'3", x"y"z) are kept as they are',
    make: () => utf8('id,height,note\n1,5\'3",x"y"z\n2,160,ok\n'),
    expect: {
      headers: ['id', 'height', 'note'],
      rowNumbers: [2, 3],
      cells: { height: ['5\'3"', '160'], note: ['x"y"z', 'ok'] },
    },
  },
  {
    file: 'text-after-closing-quote.csv',
    what: 'a quoted value followed by more text: "Ani"ta',
    make: () => utf8('id,name\n1,"Ani"ta\n2,Budi\n'),
    expect: {
      headers: ['id', 'name'],
      rowNumbers: [2, 3],
      cells: { name: ['Anita', 'Budi'] },
      issues: ['quote-stray'],
    },
  },
  {
    file: 'doubled-quotes.csv',
    what: 'doubled quotes inside a quoted value',
    make: () => utf8('id,quote\n1,"She said ""hi"", then left"\n'),
    expect: { headers: ['id', 'quote'], rowNumbers: [2], cells: { quote: ['She said "hi", then left'] } },
  },
  {
    file: 'trailing-delimiter.csv',
    what: 'every line, the header included, ends with a delimiter',
    make: () => utf8('id,name,dest,\n1,Ani,Japan,\n2,Budi,Korea,\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3],
      cells: { dest: ['Japan', 'Korea'] },
      issues: ['column-empty-dropped'],
    },
  },
  {
    file: 'trailing-delimiter-data-only.csv',
    what: 'data lines end with a delimiter, the header does not',
    make: () => utf8('id,name,dest\n1,Ani,Japan,\n2,Budi,Korea,\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3],
      cells: { dest: ['Japan', 'Korea'] },
      issues: ['trailing-empty-fields'],
    },
  },
  {
    file: 'kobo-bom-semicolon-crlf.csv',
    what: 'KoBo export: BOM, "quoted";"fields", semicolons, CRLF, commas inside values',
    make: () =>
      bytes(
        BOM,
        '"start";"end";"Provinsi asal";"_index"\r\n' +
          '"2024-01-15T08:00:00";"2024-01-15T08:20:00";"Jawa Barat, Indonesia";"1"\r\n' +
          '"2024-01-15T09:00:00";"2024-01-15T09:15:00";"Bali";"2"\r\n',
      ),
    expect: {
      headers: ['start', 'end', 'Provinsi asal', '_index'],
      rowNumbers: [2, 3],
      cells: { 'Provinsi asal': ['Jawa Barat, Indonesia', 'Bali'] },
      source: { delimiter: ';', bom: true, lineEnding: 'crlf', format: 'csv' },
    },
  },
  {
    file: 'embedded-newline-delimiter.csv',
    what: 'a quoted value with two line breaks and a comma spans lines 3–5',
    make: () =>
      utf8(
        'id,comment,dest\n1,short,Japan\n2,"line one\nline two, still\nline three",Korea\n3,after,Taiwan\n',
      ),
    expect: {
      headers: ['id', 'comment', 'dest'],
      rowNumbers: [2, 3, 6],
      cells: { comment: ['short', 'line one\nline two, still\nline three', 'after'] },
    },
  },
  {
    file: 'long-line.csv',
    what: 'row 3 is 5,000 characters long; read with maxRecordChars 1,000',
    make: () => utf8(`id,comment\n1,ok\n2,${'x'.repeat(4998)}\n3,fine\n`),
    options: { maxRecordChars: 1000 },
    expect: {
      headers: ['id', 'comment'],
      rowNumbers: [2, 3, 4],
      problems: { 3: [{ kind: 'too-long' }] },
      cells: { comment: ['ok', '', 'fine'] },
    },
  },
  {
    file: 'semicolon-decimal-comma.csv',
    what: 'semicolons with decimal commas (European Excel)',
    make: () => utf8('id;weight;dest\n1;1,5;Japan\n2;0,75;Korea\n'),
    expect: {
      headers: ['id', 'weight', 'dest'],
      rowNumbers: [2, 3],
      cells: { weight: ['1,5', '0,75'] },
      source: { delimiter: ';' },
    },
  },
  {
    file: 'tab-with-commas.txt',
    what: 'tab-separated .txt whose values contain commas',
    make: () => utf8('id\tname\tdest\n1\tAni, S.\tJapan\n2\tBudi\tKorea, South\n'),
    expect: {
      headers: ['id', 'name', 'dest'],
      rowNumbers: [2, 3],
      cells: { dest: ['Japan', 'Korea, South'] },
      source: { delimiter: '\t', format: 'tsv' },
    },
  },
  {
    file: 'single-column.csv',
    what: 'no delimiter at all: one column',
    make: () => utf8('destination\nJapan\nSaudi Arabia\n'),
    expect: {
      headers: ['destination'],
      rowNumbers: [2, 3],
      cells: { destination: ['Japan', 'Saudi Arabia'] },
    },
  },
];
