import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { parseJson } from '../../src/ingest/parse-json.ts';

function errorOf(f: () => unknown): MinatError {
  try {
    f();
  } catch (e) {
    if (e instanceof MinatError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('parseJson', () => {
  it('parseJson takes the union of keys in first-seen order and writes scalars as strings', () => {
    const table = parseJson(
      '[{"id": 1, "w": 1.50, "ok": true}, {"id": 2, "note": null, "w": 0.25}, {"ok": false, "name": " Ani "}]',
      'a.json',
    );
    expect(table.headers).toEqual(['id', 'w', 'ok', 'note', 'name']);
    expect(table.columns).toEqual([
      ['1', '2', ''],
      ['1.5', '0.25', ''],
      ['true', '', 'false'],
      ['', '', ''],
      ['', '', ' Ani '],
    ]);
    expect(table.rowNumbers).toEqual([1, 2, 3]);
    expect(table.rowProblems.size).toBe(0);
    expect(table.source).toEqual({ name: 'a.json', format: 'json' });
  });

  it('parseJson writes nested values as JSON text with one info issue naming the columns', () => {
    const table = parseJson(
      '[{"id": 1, "geo": {"lat": -6.2}, "tags": ["a"]}, {"id": 2, "tags": []}]',
      'a.json',
    );
    expect(table.columns[1]).toEqual(['{"lat":-6.2}', '']);
    expect(table.columns[2]).toEqual(['["a"]', '[]']);
    expect(table.issues).toMatchObject([
      { level: 'info', code: 'json-nested', count: 3, details: { columns: { geo: 1, tags: 2 } } },
    ]);
  });

  it('parseJson keeps non-object records as empty rows with problem not-an-object', () => {
    const table = parseJson('[{"id": 1}, null, {"id": 3}]', 'a.json');
    expect(table.rowNumbers).toEqual([1, 2, 3]);
    expect(table.columns).toEqual([['1', '', '3']]);
    expect(table.rowProblems.get(1)?.[0]).toMatchObject({ kind: 'not-an-object' });
    expect(table.rowProblems.get(1)?.[0]?.message).toContain('Record 2 of a.json is null');
  });

  it('parseJson accepts records wrapped under one array-valued key, as the KoBo API returns them', () => {
    const table = parseJson('{"count": 1, "next": null, "results": [{"_id": 5}]}', 'kobo.json');
    expect(table.headers).toEqual(['_id']);
    expect(table.issues).toMatchObject([{ code: 'json-wrapper', details: { key: 'results' } }]);
  });

  it('parseJson throws json-invalid with line and column for a syntax error', () => {
    const error = errorOf(() => parseJson('[\n {"a": 1},\n {"a": 2,}\n]', 'bad.json'));
    expect(error.code).toBe('json-invalid');
    expect(error.message).toContain('bad.json is not valid JSON');
    expect(error.message).toContain('line 3, column 10');
  });

  it('parseJson throws json-invalid for a top level that is not an array of objects', () => {
    expect(errorOf(() => parseJson('{"a": 1}', 'o.json')).code).toBe('json-invalid');
    expect(errorOf(() => parseJson('"text"', 's.json')).code).toBe('json-invalid');
    expect(errorOf(() => parseJson('[1, 2]', 'n.json')).message).toContain('none is an object');
  });

  it('parseJson throws file-empty for blank text', () => {
    expect(errorOf(() => parseJson(' \n ', 'e.json')).code).toBe('file-empty');
  });
});
