import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/universal';
import { MinatError } from '../../src/errors/minat-error.ts';
import { parseXlsx } from '../../src/ingest/parse-xlsx.ts';

type Cell = string | number | boolean | null | { value: Date; type: DateConstructor; format: string };

async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  const blob = await writeExcelFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const date = (y: number, m: number, d: number, h = 0, min = 0) => ({
  value: new Date(Date.UTC(y, m - 1, d, h, min)),
  type: Date,
  format: h || min ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
});

describe('parseXlsx', () => {
  it('parseXlsx reads the first sheet: numbers without .0, ISO dates, booleans, untrimmed text', async () => {
    const bytes = await workbook([
      {
        sheet: 'data',
        data: [
          ['id', 'name', 'age', 'weight', 'born', 'start', 'consent'],
          [1, '  Ani ', 25, 1.5, date(1999, 3, 7), date(2024, 1, 15, 8, 30), true],
          [2, 'Budi', 30.0, 0.1, date(2001, 12, 31), date(2024, 1, 16, 9, 0), false],
        ],
      },
      { sheet: 'other', data: [['x'], ['y']] },
    ]);
    const table = await parseXlsx(bytes, { name: 's.xlsx' });
    expect(table.headers).toEqual(['id', 'name', 'age', 'weight', 'born', 'start', 'consent']);
    expect(table.columns).toEqual([
      ['1', '2'],
      ['  Ani ', 'Budi'],
      ['25', '30'],
      ['1.5', '0.1'],
      ['1999-03-07', '2001-12-31'],
      ['2024-01-15T08:30:00', '2024-01-16T09:00:00'],
      ['true', 'false'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.source).toEqual({ name: 's.xlsx', format: 'xlsx', sheet: 'data' });
  });

  it('parseXlsx reads a named sheet, matching the name without regard to case', async () => {
    const bytes = await workbook([
      { sheet: 'form', data: [['a'], ['1']] },
      { sheet: 'Responses', data: [['b'], ['2'], ['3']] },
    ]);
    const table = await parseXlsx(bytes, { name: 's.xlsx', sheet: 'responses' });
    expect(table.headers).toEqual(['b']);
    expect(table.columns).toEqual([['2', '3']]);
    expect(table.source.sheet).toBe('Responses');
  });

  it('parseXlsx throws sheet-missing listing the sheets', async () => {
    const bytes = await workbook([
      { sheet: 'form', data: [['a'], ['1']] },
      { sheet: 'data', data: [['b'], ['2']] },
    ]);
    const error = await parseXlsx(bytes, { name: 's.xlsx', sheet: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MinatError);
    expect((error as MinatError).code).toBe('sheet-missing');
    expect((error as MinatError).message).toBe(
      's.xlsx has no sheet named "x". Its sheets are: "form", "data".',
    );
  });

  it('parseXlsx throws xlsx-invalid for bytes that are not a workbook', async () => {
    const error = await parseXlsx(new TextEncoder().encode('id,name\n'), { name: 'n.xlsx' }).catch(
      (e: unknown) => e,
    );
    expect((error as MinatError).code).toBe('xlsx-invalid');
    expect((error as MinatError).message).toContain('n.xlsx cannot be read as an Excel workbook');
  });
});
