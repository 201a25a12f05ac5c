import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

const fixture = (name: string) => repo(`packages/core/test/fixtures/malformed/${name}`);
const schema = fixture('validate-schema.json');

describe('minat validate', () => {
  it('exits 1 and prints the accounting as JSON when rows are rejected', async () => {
    const r = await runCli(
      'validate',
      fixture('validate-unknown-destination.csv'),
      '--schema',
      schema,
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.read).toBe(4);
    expect(out.accepted).toBe(1);
    expect(out.rejected.map((x: { row: number }) => x.row)).toEqual([3, 4, 5]);
    expect(out.rejected[0]).toMatchObject({ column: 'dest_1', value: 'Jepamg', code: 'destination-unknown' });
    expect(out.rejected[0].reason).toContain('Jepang (JP)');
    expect(out.issues.some((i: { level: string }) => i.level === 'error')).toBe(true);
  });

  it('exits 0 when every row is accepted, with a readable summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minat-'));
    const file = join(dir, 'ok.csv');
    writeFileSync(file, 'dest,w\nJepang,1\nJerman,2\n');
    const r = await runCli('validate', file, '--destination', 'dest', '--weight', 'w');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rows read\s+2/);
    expect(r.stdout).toMatch(/rejected\s+0/);
    expect(r.stderr).toContain('read 2 rows');
  });

  it('exits 2 with a message naming the file when it does not exist', async () => {
    const r = await runCli('validate', '/nonexistent/survey.csv', '--destination', 'dest');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/nonexistent/survey.csv');
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming the missing column and its closest header', async () => {
    const r = await runCli('validate', fixture('validate-missing-column.csv'), '--schema', schema);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/column "w" \(weight\) is not in the file/);
  });

  it('exits 2 on an empty file and on a file with a header only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minat-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'header.csv'), 'dest,w\n');
    for (const f of ['empty.csv', 'header.csv']) {
      const r = await runCli('validate', join(dir, f), '--destination', 'dest');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(f);
    }
  });

  it('exits 2 with usage help when neither a schema nor --destination is given', async () => {
    const r = await runCli('validate', fixture('validate-ragged.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--destination');
  });

  it('exits 2 on an unknown flag or --format value, naming it', async () => {
    expect((await runCli('validate', 'x.csv', '--bogus')).stderr).toContain('--bogus');
    expect((await runCli('validate', 'x.csv', '--destination', 'd', '--format', 'xml')).stderr).toContain(
      '"xml"',
    );
  });
});
