import { parse as csvParse } from 'csv-parse/browser/esm/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { parseDelimited } from '../../src/ingest/parse-delimited.ts';

const rowsOf = (table: { columns: string[][]; rowNumbers: number[] }) =>
  table.rowNumbers.map((_, r) => table.columns.map((column) => column[r]));

describe('parseDelimited', () => {
  it('parseDelimited gives a record spanning lines 3-5 row 3, and the next record row 6', async () => {
    const text = 'id,comment\n1,a\n2,"x\ny\nz"\n3,b\n';
    const table = await parseDelimited([text], { name: 's.csv' });
    expect(table.rowNumbers).toEqual([2, 3, 6]);
    expect(rowsOf(table)).toEqual([
      ['1', 'a'],
      ['2', 'x\ny\nz'],
      ['3', 'b'],
    ]);
  });

  it('parseDelimited counts CRLF inside quotes as one line break (row numbers 2, 3, 6)', async () => {
    const table = await parseDelimited(['id,comment\r\n1,a\r\n2,"x\r\ny\r\nz"\r\n3,b\r\n'], {
      name: 's.csv',
    });
    expect(table.rowNumbers).toEqual([2, 3, 6]);
    expect(table.columns[1]).toEqual(['a', 'x\r\ny\r\nz', 'b']);
    expect(table.source.lineEnding).toBe('crlf');
  });

  it('parseDelimited skips blank lines but keeps counting them, with one info issue', async () => {
    const table = await parseDelimited(['a,b\n\n1,2\n\n\n3,4\n'], { name: 's.csv' });
    expect(table.rowNumbers).toEqual([3, 6]);
    const blank = table.issues.find((i) => i.code === 'blank-lines-skipped');
    expect(blank).toMatchObject({ level: 'info', count: 3 });
  });

  it('parseDelimited reports the unclosed quote with the lines it swallowed and keeps the rows before it', async () => {
    const table = await parseDelimited(['a,b\n1,2\n3,"open\n4,5\n6,7\n'], { name: 's.csv' });
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.columns[0]).toEqual(['1', '3']);
    const [problem] = table.rowProblems.get(1) ?? [];
    expect(problem?.kind).toBe('unclosed-quote');
    expect(problem?.message).toContain('opened on line 3');
    expect(problem?.message).toContain('lines 3–5');
    expect(problem?.message).toContain('s.csv');
  });

  it('parseDelimited pads short rows and truncates long ones, with ragged problems giving found and expected', async () => {
    const table = await parseDelimited(['a,b,c\n1,2\n1,2,3,4\n'], { name: 's.csv' });
    expect(rowsOf(table)).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
    ]);
    expect(table.rowProblems.get(0)).toMatchObject([{ kind: 'ragged', found: 2, expected: 3 }]);
    expect(table.rowProblems.get(1)).toMatchObject([{ kind: 'ragged', found: 4, expected: 3 }]);
    expect(table.rowProblems.get(0)?.[0]?.message).toContain('Row 2 of s.csv has 2 fields');
  });

  it('parseDelimited keeps cells exactly as written (spaces, quotes inside unquoted values)', async () => {
    const table = await parseDelimited(['name , x\n  Ani  ,5\'3"\n'], { name: 's.csv' });
    expect(table.headers).toEqual(['name ', ' x']);
    expect(table.columns).toEqual([['  Ani  '], ['5\'3"']]);
  });

  it('parseDelimited turns a record over maxRecordChars into an empty row with problem too-long', async () => {
    const long = 'y'.repeat(300);
    const table = await parseDelimited([`a,b\n1,${long}\n2,"${long}"\n3,ok\n`], {
      name: 's.csv',
      maxRecordChars: 100,
    });
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.columns[1]).toEqual(['', '', 'ok']);
    expect(table.rowProblems.get(0)?.[0]?.kind).toBe('too-long');
    expect(table.rowProblems.get(1)?.[0]?.kind).toBe('too-long');
    expect(table.rowProblems.get(0)?.[0]?.message).toContain('100 characters');
  });

  it('parseDelimited throws csv-invalid when the header line itself is too long', async () => {
    const error = await parseDelimited([`${'h'.repeat(200)}\n1\n`], {
      name: 's.csv',
      maxRecordChars: 100,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MinatError);
    expect((error as MinatError).code).toBe('csv-invalid');
  });

  it('parseDelimited uses a given delimiter instead of detecting one', async () => {
    const table = await parseDelimited(['a;b,c\n1;2,3\n'], { name: 's.csv', delimiter: ';' });
    expect(table.headers).toEqual(['a', 'b,c']);
    expect(table.issues.some((i) => i.code === 'delimiter-detected')).toBe(false);
  });

  it('parseDelimited calls onRows every progressEvery rows', async () => {
    const seen: number[] = [];
    const text = `a\n${Array.from({ length: 25 }, (_, i) => `${i}\n`).join('')}`;
    await parseDelimited([text], { name: 's.csv', progressEvery: 10, onRows: (n) => seen.push(n) });
    expect(seen).toEqual([10, 20]);
  });

  it('parseDelimited reads any RFC 4180 table back exactly, whatever the line endings and chunk sizes', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('', ' ', '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', 'a"b', '"x"', 'é日本'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.record({
            header: fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 6,
            }),
            delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
            eol: fc.constantFrom('\n', '\r\n', '\r'),
            cuts: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 30 }),
            quoteAll: fc.boolean(),
          }),
        ),
        async ({ header, rows, delimiter, eol, cuts, quoteAll }) => {
          const quote = (v: string) =>
            quoteAll || /["\r\n,;\t]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
          const keep = rows.filter((r) => r.some((v) => v.trim() !== ''));
          const lines = [header, ...rows].map((r) => r.map(quote).join(delimiter));
          const text = lines.join(eol) + eol;
          const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
          let line = 1 + breaks(lines[0]!) + 1;
          const expectedRows: number[] = [];
          rows.forEach((r, i) => {
            if (r.some((v) => v.trim() !== '')) expectedRows.push(line);
            line += breaks(lines[i + 1]!) + 1;
          });
          const chunks: string[] = [];
          let at = 0;
          for (const cut of cuts) {
            chunks.push(text.slice(at, at + cut));
            at += cut;
          }
          chunks.push(text.slice(at));
          const table = await parseDelimited(chunks, { name: 'p.csv', delimiter });
          expect(table.headers).toEqual(dedupe(header));
          expect(rowsOf(table)).toEqual(keep);
          expect(table.rowNumbers).toEqual(expectedRows);
          if (eol === '\n' && keep.length === rows.length) {
            const oracle = csvParse(text, { delimiter, relax_column_count: true }) as string[][];
            expect(rowsOf(table)).toEqual(oracle.slice(1));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function dedupe(names: string[]): string[] {
  const taken = new Set(names);
  const count = new Map<string, number>();
  return names.map((name) => {
    const n = (count.get(name) ?? 0) + 1;
    count.set(name, n);
    if (n === 1) return name;
    let k = n;
    while (taken.has(`${name} (${k})`)) k++;
    taken.add(`${name} (${k})`);
    return `${name} (${k})`;
  });
}
