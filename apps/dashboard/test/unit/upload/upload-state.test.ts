import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MinatError, readTable } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { UploadState } from '../../../src/worker/upload-state.ts';

const repo = (p: string) => fileURLToPath(new URL(`../../../../../${p}`, import.meta.url));
const file = (path: string, name = path.split('/').at(-1)!) => new File([readFileSync(repo(path))], name);
const text = (name: string, content: string) => new File([content], name);
const MALFORMED = 'apps/dashboard/test/fixtures/upload/malformed.csv';
const noProgress = () => undefined;

// malformed.csv by hand: 60 data rows (file rows 2–61). Rejected: row 5 weight "abc", row 6 province
// "Atlantis", row 7 destination "Narnia", row 8 six fields of seven, row 9 weight "-2", row 11 weight
// "x1" and province "Atlantis", row 61 a quote that never closes. 60 − 7 = 53 accepted.
const REJECTED = [
  [5, 'weight', 'abc'],
  [6, 'province', 'Atlantis'],
  [7, 'destination', 'Narnia'],
  [8, '(row)', ''],
  [9, 'weight', '-2'],
  [11, 'weight', 'x1'],
  [61, '(row)', ''],
];

describe('UploadState', () => {
  it('read(malformed.csv) drafts a schema from the columns, with sample values', async () => {
    const upload = new UploadState();
    const preview = await upload.read(file(MALFORMED), undefined, undefined, noProgress);
    expect(preview.rows).toBe(60);
    expect(preview.format).toBe('csv');
    expect(preview.delimiter).toBe(',');
    expect(preview.columns).toEqual([
      'resp_id',
      'wave',
      'province',
      'regency',
      'weight',
      'sex',
      'destination',
    ]);
    expect(preview.examples[4]).toEqual(['1.2', '0.8', '1.0']);
    expect(preview.schemaSource).toBe('inferred');
    expect(preview.schema).toMatchObject({
      id: 'resp_id',
      weight: 'weight',
      psu: 'regency',
      province: { column: 'province' },
      destination: { kind: 'single', column: 'destination' },
    });
  });

  it('apply(schema) accounts for every row of malformed.csv: 60 read = 53 accepted + 7 rejected', async () => {
    const upload = new UploadState();
    const preview = await upload.read(file(MALFORMED), undefined, undefined, noProgress);
    const { summary, survey } = upload.apply(preview.schema);
    expect([summary.read, summary.accepted, summary.rejected]).toEqual([60, 53, 7]);
    expect(summary.rejectedRows.map((r) => [r.row, r.column, r.value])).toEqual(REJECTED);
    expect(summary.rejectedRows[5]!.reason).toMatch(/weight "x1" is not a number; province: .*"Atlantis"/);
    expect(survey?.n).toBe(53);
    expect(summary.designError).toBeUndefined();
    expect(summary.issues.filter((i) => i.code === 'delimiter-detected')).toHaveLength(1);
  });

  it('rejectedCsv() has each rejected row with its reason and its cells; numbers stay numbers', async () => {
    const upload = new UploadState();
    const preview = await upload.read(file(MALFORMED), undefined, undefined, noProgress);
    upload.apply(preview.schema);
    const csv = await readTable({ name: 'rejected.csv', text: upload.rejectedCsv() });
    const col = (h: string) => csv.columns[csv.headers.indexOf(h)]!;
    expect(csv.headers.slice(0, 6)).toEqual(['file', 'row', 'column', 'value', 'reason', 'expected']);
    expect(csv.headers.slice(6)).toEqual(preview.columns);
    expect(col('row').map(Number)).toEqual(REJECTED.map((r) => r[0]));
    expect(col('column')).toEqual(REJECTED.map((r) => r[1]));
    expect(col('value')).toEqual(REJECTED.map((r) => r[2]));
    expect(col('file').every((f) => f === 'malformed.csv')).toBe(true);
    expect(col('resp_id')).toEqual(['R004', 'R005', 'R006', 'R007', 'R008', 'R010', 'R060']);
    expect(col('reason')[3]).toContain('has 6 fields where the header has 7');
    expect(col('reason')[6]).toContain('never closes');
  });

  it('apply(schema) names a schema column the file does not have (column-missing)', async () => {
    const upload = new UploadState();
    const preview = await upload.read(file(MALFORMED), undefined, undefined, noProgress);
    expect(() => upload.apply({ ...preview.schema, weight: 'bobot' })).toThrow(
      expect.objectContaining({ code: 'column-missing' }),
    );
  });

  it('read(survey, form, schema) takes the schema file: the KoBo sample gives 10,394 read, 10,394 accepted', async () => {
    const upload = new UploadState();
    const preview = await upload.read(
      file('data/sample/kobo/survey-2026.csv'),
      file('data/sample/kobo/form.xlsx'),
      file('data/sample/kobo/survey.json'),
      noProgress,
    );
    expect(preview.schemaSource).toBe('file');
    expect(preview.schemaFile).toBe('survey.json');
    expect(preview.form).toBe('form.xlsx');
    expect(preview.schema).toEqual(JSON.parse(readFileSync(repo('data/sample/kobo/survey.json'), 'utf8')));
    const { summary, survey } = upload.apply(preview.schema);
    expect([summary.read, summary.accepted, summary.rejected]).toEqual([10394, 10394, 0]);
    expect(summary.lonely).toEqual({ option: 'adjust', strata: [] });
    expect(survey?.n).toBe(10394);
  });

  it('read(…, schema) rejects a schema file that is not JSON, naming the file', async () => {
    const upload = new UploadState();
    const bad = text('survey.json', '{ "version": 1, ');
    await expect(upload.read(file(MALFORMED), undefined, bad, noProgress)).rejects.toThrow(MinatError);
    await expect(upload.read(file(MALFORMED), undefined, bad, noProgress)).rejects.toMatchObject({
      code: 'schema-invalid',
      file: 'survey.json',
    });
  });

  it('apply(schema) reports the single-PSU strata of lonely.csv (stratum 52) and the adjust option', async () => {
    const upload = new UploadState();
    const preview = await upload.read(
      file('apps/dashboard/test/fixtures/upload/lonely.csv'),
      undefined,
      undefined,
      noProgress,
    );
    expect(preview.schema).toMatchObject({ strata: 'strata', psu: 'psu' });
    const { summary, survey } = upload.apply(preview.schema);
    expect([summary.read, summary.accepted, summary.rejected]).toEqual([36, 36, 0]);
    expect(summary.lonely).toEqual({ option: 'adjust', strata: ['52'] });
    expect(survey).toBeDefined();
  });

  it('apply(schema) gives no survey when the design has a single PSU (design-one-psu)', async () => {
    const upload = new UploadState();
    const rows = Array.from({ length: 6 }, (_, i) => `${i + 1},A,Japan`).join('\n');
    const preview = await upload.read(
      text('one.csv', `id,psu,destination\n${rows}\n`),
      undefined,
      undefined,
      noProgress,
    );
    const { summary, survey } = upload.apply({ ...preview.schema, psu: 'psu' });
    expect(summary.accepted).toBe(6);
    expect(summary.designError?.code).toBe('design-one-psu');
    expect(survey).toBeUndefined();
  });
});
