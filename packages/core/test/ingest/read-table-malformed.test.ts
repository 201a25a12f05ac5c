import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import type { RawTable, ReadOptions, TableInput } from '../../src/ingest/raw-table.ts';
import { readTable } from '../../src/ingest/read-table.ts';
import { MALFORMED_CASES, type MalformedCase } from './malformed-cases.ts';
import { streamOf } from './stream-of.ts';

const folder = new URL('../fixtures/malformed/', import.meta.url);
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, folder)));

type Outcome = { table: RawTable } | { error: unknown };

async function outcome(input: TableInput, options?: ReadOptions): Promise<Outcome> {
  try {
    return { table: await readTable(input, options) };
  } catch (error) {
    return { error };
  }
}

function check(c: MalformedCase, result: Outcome): void {
  const { expect: want } = c;
  if ('error' in want) {
    expect('error' in result, `${c.file} should fail with ${want.error}`).toBe(true);
    if (!('error' in result)) return;
    expect(result.error).toBeInstanceOf(MinatError);
    const error = result.error as MinatError;
    expect(error.code).toBe(want.error);
    expect(error.file).toBe(c.file);
    expect(error.message).toContain(c.file);
    for (const fragment of want.mentions ?? []) expect(error.message).toContain(fragment);
    return;
  }
  if ('error' in result) throw result.error;
  const { table } = result;
  expect(table.headers).toEqual(want.headers);
  expect(table.rowNumbers).toEqual(want.rowNumbers);
  expect(table.columns).toHaveLength(table.headers.length);
  for (const column of table.columns) expect(column).toHaveLength(table.rowNumbers.length);
  const problems: Record<number, unknown[]> = {};
  for (const [row, list] of table.rowProblems) {
    problems[table.rowNumbers[row]!] = list.map(({ kind, found, expected }) =>
      kind === 'ragged' ? { kind, found, expected } : { kind },
    );
    for (const p of list) expect(p.message).toContain(`${table.rowNumbers[row]}`);
  }
  expect(problems).toEqual(want.problems ?? {});
  for (const [header, cells] of Object.entries(want.cells ?? {})) {
    expect(table.columns[table.headers.indexOf(header)], header).toEqual(cells);
  }
  const codes = table.issues.map((i) => i.code);
  for (const code of want.issues ?? []) expect(codes).toContain(code);
  for (const issue of table.issues) expect(issue.message).toContain(c.file);
  expect(table.source).toMatchObject({ name: c.file, ...want.source });
}

describe('malformed fixtures', () => {
  it('has at least 30 cases, each with a committed file identical to its definition', async () => {
    expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of MALFORMED_CASES) {
      const committed = fixture(c.file);
      if (c.file.endsWith('.xlsx') && c.file !== 'xls-renamed.xlsx' && c.file !== 'not-a-zip.xlsx') continue;
      expect(committed, c.file).toEqual(await c.make());
    }
  });

  for (const c of MALFORMED_CASES) {
    const want =
      'error' in c.expect ? `MinatError ${c.expect.error}` : `rows ${c.expect.rowNumbers.join(', ')}`;
    it(`readTable(${c.file}) (${c.what}) gives ${want}`, async () => {
      check(c, await outcome({ name: c.file, bytes: fixture(c.file) }, c.options));
    });
  }

  it('readTable gives the same results when each fixture arrives as a stream of 1-, 2- and 7-byte chunks', async () => {
    for (const c of MALFORMED_CASES) {
      const bytes = fixture(c.file);
      for (const size of [1, 2, 7]) {
        check(c, await outcome({ name: c.file, stream: streamOf(bytes, size) }, c.options));
      }
    }
  });
});
