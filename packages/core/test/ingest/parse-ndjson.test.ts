import { describe, expect, it } from 'vitest';
import type { MinatError } from '../../src/errors/minat-error.ts';
import { parseNdjson } from '../../src/ingest/parse-ndjson.ts';

describe('parseNdjson', () => {
  it('parseNdjson numbers rows by line, skipping blank lines, across chunk boundaries', async () => {
    const table = await parseNdjson(['{"id": 1, "w"', ': 2.0}\r\n\r\n{"id": 2', ', "x": "y"}\n{"id":3}'], {
      name: 'a.ndjson',
    });
    expect(table.headers).toEqual(['id', 'w', 'x']);
    expect(table.columns).toEqual([
      ['1', '2', '3'],
      ['2', '', ''],
      ['', 'y', ''],
    ]);
    expect(table.rowNumbers).toEqual([1, 3, 4]);
    expect(table.issues).toMatchObject([{ code: 'blank-lines-skipped', count: 1 }]);
  });

  it('parseNdjson keeps going after a bad line, which becomes an empty row with problem json-syntax', async () => {
    const table = await parseNdjson(['{"id": 1}\n{"id": \n[1]\n{"id": 4}\n'], { name: 'a.ndjson' });
    expect(table.rowNumbers).toEqual([1, 2, 3, 4]);
    expect(table.columns).toEqual([['1', '', '', '4']]);
    expect(table.rowProblems.get(1)?.[0]?.kind).toBe('json-syntax');
    expect(table.rowProblems.get(1)?.[0]?.message).toContain('Line 2 of a.ndjson');
    expect(table.rowProblems.get(2)?.[0]?.kind).toBe('not-an-object');
  });

  it('parseNdjson gives a line longer than maxRecordChars problem too-long without parsing it', async () => {
    const long = `{"id": "${'x'.repeat(500)}"}`;
    const table = await parseNdjson(['{"id": 1}\n', long.slice(0, 200), long.slice(200), '\n{"id": 3}\n'], {
      name: 'a.ndjson',
      maxRecordChars: 100,
    });
    expect(table.rowNumbers).toEqual([1, 2, 3]);
    expect(table.rowProblems.get(1)?.[0]?.kind).toBe('too-long');
  });

  it('parseNdjson throws json-invalid when no line is an object and file-empty when all are blank', async () => {
    const invalid = await parseNdjson(['a,b\n1,2\n'], { name: 'x.ndjson' }).catch((e: unknown) => e);
    expect((invalid as MinatError).code).toBe('json-invalid');
    const empty = await parseNdjson(['\n \n'], { name: 'x.ndjson' }).catch((e: unknown) => e);
    expect((empty as MinatError).code).toBe('file-empty');
  });

  it('parseNdjson calls onRows every progressEvery rows', async () => {
    const seen: number[] = [];
    const text = Array.from({ length: 7 }, (_, i) => `{"i":${i}}\n`).join('');
    await parseNdjson([text], { name: 'a.ndjson', progressEvery: 3, onRows: (n) => seen.push(n) });
    expect(seen).toEqual([3, 6]);
  });
});
