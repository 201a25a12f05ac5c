import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { detectFormat } from '../../src/ingest/detect-format.ts';

const text = (s: string) => new TextEncoder().encode(s);

function errorOf(f: () => unknown): MinatError {
  try {
    f();
  } catch (e) {
    if (e instanceof MinatError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('detectFormat', () => {
  it('detectFormat uses the extension for text formats', () => {
    expect(detectFormat('a.csv', text('x'))).toBe('csv');
    expect(detectFormat('a.TXT', text('x'))).toBe('csv');
    expect(detectFormat('a.tsv', text('x'))).toBe('tsv');
    expect(detectFormat('a.json', text('[]'))).toBe('json');
    expect(detectFormat('a.jsonl', text('{}'))).toBe('ndjson');
    expect(detectFormat('a.ndjson', text('{}'))).toBe('ndjson');
    expect(detectFormat('a.xlsx', text('x'))).toBe('xlsx');
  });

  it('detectFormat reads a ZIP archive as xlsx whatever its name', () => {
    expect(detectFormat('export.csv', Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0]))).toBe('xlsx');
    expect(detectFormat('download', Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe('xlsx');
  });

  it('detectFormat falls back to the content for unknown names', () => {
    expect(detectFormat('data', text('  [{"a":1}]'))).toBe('json');
    expect(detectFormat('data', text('\uFEFF{"a":1,\n"b":[1]}'))).toBe('json');
    expect(detectFormat('data', text('{"a":1}\n{"a":2}\n'))).toBe('ndjson');
    expect(detectFormat('data.dat', text('a;b\n1;2\n'))).toBe('csv');
  });

  it('detectFormat reads a .json file holding one object per line as NDJSON', () => {
    expect(detectFormat('export.json', text('{"a":1}\r\n{"a":2}\r\n'))).toBe('ndjson');
  });

  it('detectFormat refuses .xls, .sav and .pdf names with format-unknown naming the accepted formats', () => {
    for (const name of ['old.xls', 'survey.sav', 'report.PDF']) {
      const error = errorOf(() => detectFormat(name, text('id,name\n')));
      expect(error.code).toBe('format-unknown');
      expect(error.file).toBe(name);
      expect(error.message).toContain('Excel workbooks (.xlsx)');
    }
  });

  it('detectFormat refuses Office 97-2003 and UTF-16 content even with a .csv name', () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(errorOf(() => detectFormat('a.csv', ole)).message).toContain('Office 97-2003');
    expect(errorOf(() => detectFormat('a.csv', Uint8Array.from([0xff, 0xfe, 0x61, 0]))).message).toContain(
      'UTF-16',
    );
  });
});
