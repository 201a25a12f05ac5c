import { readdirSync, readFileSync } from 'node:fs';
import { parse as csvParse } from 'csv-parse/browser/esm/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/universal';
import { MinatError } from '../../src/errors/minat-error.ts';
import type { RawTable, ReadProgress } from '../../src/ingest/raw-table.ts';
import { readTable } from '../../src/ingest/read-table.ts';
import { streamOf } from './stream-of.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function expectRectangular(table: RawTable): void {
  expect(table.columns).toHaveLength(table.headers.length);
  for (const column of table.columns) expect(column).toHaveLength(table.rowNumbers.length);
}

describe('readTable on clean input', () => {
  const csv =
    'id,province,dest,weight\r\n1,Jawa Barat,Japan,1.25\r\n2,"Nusa Tenggara Barat, NTB",Taiwan,0.8\r\n';
  const expected = {
    headers: ['id', 'province', 'dest', 'weight'],
    columns: [
      ['1', '2'],
      ['Jawa Barat', 'Nusa Tenggara Barat, NTB'],
      ['Japan', 'Taiwan'],
      ['1.25', '0.8'],
    ],
  };

  it('readTable reads CSV given as text, bytes or a stream to the same table', async () => {
    const inputs = [
      { name: 's.csv', text: csv },
      { name: 's.csv', bytes: utf8(csv) },
      { name: 's.csv', stream: streamOf(utf8(csv), 5) },
    ];
    for (const input of inputs) {
      const table = await readTable(input);
      expect(table).toMatchObject(expected);
      expect(table.rowNumbers).toEqual([2, 3]);
      expect(table.rowProblems.size).toBe(0);
      expect(table.source).toEqual({
        name: 's.csv',
        format: 'csv',
        delimiter: ',',
        lineEnding: 'crlf',
        bom: false,
        bytes: utf8(csv).length,
      });
    }
  });

  it('readTable reads TSV, JSON and NDJSON holding the same data to the same headers and cells', async () => {
    const tsv =
      'id\tprovince\tdest\tweight\n1\tJawa Barat\tJapan\t1.25\n2\tNusa Tenggara Barat, NTB\tTaiwan\t0.8\n';
    const records = [
      { id: 1, province: 'Jawa Barat', dest: 'Japan', weight: 1.25 },
      { id: 2, province: 'Nusa Tenggara Barat, NTB', dest: 'Taiwan', weight: 0.8 },
    ];
    const tsvTable = await readTable({ name: 's.tsv', text: tsv });
    expect(tsvTable).toMatchObject({ ...expected, rowNumbers: [2, 3] });
    expect(tsvTable.source).toMatchObject({ format: 'tsv', delimiter: '\t', lineEnding: 'lf' });
    const jsonTable = await readTable({ name: 's.json', text: JSON.stringify(records, null, 2) });
    expect(jsonTable).toMatchObject({ ...expected, rowNumbers: [1, 2] });
    const ndjson = records.map((r) => JSON.stringify(r)).join('\n');
    const ndjsonTable = await readTable({ name: 's.ndjson', bytes: utf8(ndjson) });
    expect(ndjsonTable).toMatchObject({ ...expected, rowNumbers: [1, 2] });
    expect(ndjsonTable.source.format).toBe('ndjson');
  });

  it('readTable reads an XLSX workbook written by write-excel-file', async () => {
    const blob = await writeExcelFile([
      ['id', 'province', 'dest', 'weight'],
      [1, 'Jawa Barat', 'Japan', 1.25],
      [2, 'Nusa Tenggara Barat, NTB', 'Taiwan', 0.8],
    ]).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const table = await readTable({ name: 'upload', stream: streamOf(bytes, 1000) });
    expect(table).toMatchObject({ ...expected, rowNumbers: [2, 3] });
    expect(table.source).toMatchObject({ format: 'xlsx', sheet: 'Sheet1', bytes: bytes.length });
  });

  it('readTable honours options.format and options.delimiter over detection', async () => {
    const table = await readTable(
      { name: 'data.bin', text: 'a|b;c\n1|2;3\n' },
      { format: 'csv', delimiter: ';' },
    );
    expect(table.headers).toEqual(['a|b', 'c']);
    const tsv = await readTable({ name: 'x.csv', text: 'a,b\tc\n1,2\t3\n' }, { format: 'tsv' });
    expect(tsv.headers).toEqual(['a,b', 'c']);
  });

  it('readTable reads every reference CSV exactly as csv-parse does', async () => {
    const folder = new URL('../../../../data/reference/', import.meta.url);
    const files = readdirSync(folder).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(new URL(file, folder)));
      const table = await readTable({ name: file, bytes });
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      const oracle = csvParse(text, { skip_empty_lines: true }) as string[][];
      expect(table.headers, file).toEqual(oracle[0]);
      expect(
        table.rowNumbers.map((_, r) => table.columns.map((c) => c[r])),
        file,
      ).toEqual(oracle.slice(1));
      expect(table.rowProblems.size, file).toBe(0);
    }
  });
});

describe('readTable progress and size', () => {
  it('readTable reports progress for a stream in small chunks: bytes monotone, final rows right', async () => {
    const lines = ['id,dest'];
    for (let i = 1; i <= 25_000; i++) lines.push(`${i},${i % 2 ? 'Japan' : '"Korea, South"'}`);
    const bytes = utf8(`${lines.join('\n')}\n`);
    const seen: ReadProgress[] = [];
    const table = await readTable(
      { name: 's.csv', stream: streamOf(bytes, 997), size: bytes.length },
      { progressEvery: 10_000, onProgress: (p) => seen.push(p) },
    );
    expect(table.rowNumbers).toHaveLength(25_000);
    expect(seen.map((p) => p.rows)).toEqual([10_000, 20_000, 25_000]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
    expect(seen.at(-1)).toEqual({
      stage: 'parse',
      bytes: bytes.length,
      totalBytes: bytes.length,
      rows: 25_000,
    });
    expect(seen[0]!.bytes).toBeLessThan(bytes.length);
  });

  it('readTable reports XLSX progress by stage: read, then parse', async () => {
    const blob = await writeExcelFile([['a'], ['1'], ['2']]).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const seen: ReadProgress[] = [];
    await readTable({ name: 'w.xlsx', bytes }, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { stage: 'read', bytes: bytes.length, totalBytes: bytes.length, rows: 0 },
      { stage: 'parse', bytes: bytes.length, totalBytes: bytes.length, rows: 2 },
    ]);
  });

  it('readTable turns a 10 MB single-line record into a too-long row and keeps the rows around it', async () => {
    const huge = 'x'.repeat(10_000_000);
    for (const quoted of [false, true]) {
      const text = `id,comment\n1,ok\n2,${quoted ? `"${huge}"` : huge}\n3,fine\n`;
      const table = await readTable({ name: 'big.csv', stream: streamOf(utf8(text), 65536) });
      expect(table.rowNumbers).toEqual([2, 3, 4]);
      expect(table.columns[1]).toEqual(['ok', '', 'fine']);
      expect(table.rowProblems.get(1)?.[0]?.kind).toBe('too-long');
    }
  });

  it('readTable refuses a file that is one 10 MB line (the header) with csv-invalid', async () => {
    const error = await readTable({ name: 'one-line.csv', text: 'x'.repeat(10_000_000) }).catch(
      (e: unknown) => e,
    );
    expect((error as MinatError).code).toBe('csv-invalid');
  });

  it('readTable parses a 22 MB, 1,000,000-row CSV into 1,000,000 rows with their line numbers (speed: pnpm bench)', async () => {
    const provinces = ['JB', 'JT', 'NTB', 'LPG', 'BALI'];
    const parts = ['id,prov,age,sex,dest,w\n'];
    for (let i = 0; i < 1_000_000; i++) {
      parts.push(`${i + 1},${provinces[i % 5]},${18 + (i % 30)},${i % 2 ? 'F' : 'M'},JPN,1.${i % 9}\n`);
    }
    const bytes = utf8(parts.join(''));
    expect(bytes.length).toBeGreaterThan(22_000_000);
    const table = await readTable({ name: 'million.csv', bytes });
    expect(table.rowNumbers).toHaveLength(1_000_000);
    expect(table.rowNumbers.at(-1)).toBe(1_000_001);
    expect(table.columns[1]![999_999]).toBe('BALI');
    expect(table.columns[5]![999_999]).toBe('1.0');
  });
});

describe('readTable on arbitrary bytes', () => {
  it('readTable throws nothing but MinatError, and returns rectangular tables', async () => {
    const names = ['f.csv', 'f.json', 'f.ndjson', 'f.tsv', 'f.xlsx', 'f'];
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            'a',
            ',',
            ';',
            '\t',
            '"',
            '\n',
            '\r',
            ' ',
            '{',
            '}',
            '[',
            ']',
            ':',
            '1',
            'é',
            '\uFEFF',
          ),
          {
            maxLength: 60,
          },
        )
        .map((chars) => utf8(chars.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom(...names),
        fc.integer({ min: 1, max: 16 }),
        async (data, name, chunk) => {
          try {
            expectRectangular(await readTable({ name, stream: streamOf(data, chunk) }));
          } catch (error) {
            expect(error).toBeInstanceOf(MinatError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
