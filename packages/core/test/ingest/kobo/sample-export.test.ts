import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyXlsForm } from '../../../src/ingest/kobo/apply-xls-form.ts';
import { detectSelectMultiple } from '../../../src/ingest/kobo/detect-select-multiple.ts';
import { parseXlsForm } from '../../../src/ingest/kobo/parse-xls-form.ts';
import { resolveColumn } from '../../../src/ingest/kobo/resolve-column.ts';
import type { XlsForm } from '../../../src/ingest/kobo/xls-form.ts';
import type { RawTable } from '../../../src/ingest/raw-table.ts';
import { readTable } from '../../../src/ingest/read-table.ts';

const dir = new URL('../../fixtures/kobo/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

let form: XlsForm;
let table: RawTable;
beforeAll(async () => {
  form = await parseXlsForm({ name: 'form.xlsx', bytes: bytes('form.xlsx') });
  table = await readTable({ name: 'survey-2026-excerpt.csv', bytes: bytes('survey-2026-excerpt.csv') });
});

describe('KoBoToolbox sample export (Indonesian labels, "/" groups, select_multiple in both layouts)', () => {
  it('parseXlsForm(sample form) reads its 22 questions in English and Indonesian', () => {
    expect(form.languages).toEqual(['en', 'id']);
    expect(form.questions).toHaveLength(22);
    expect(form.questions.find((q) => q.name === 'considered')).toMatchObject({
      type: 'select_multiple',
      listName: 'country',
      groupPath: ['tujuan'],
    });
  });

  it('applyXlsForm(sample export) maps every column by name, Indonesian label or as meta, and every value', () => {
    const { table: out, issues, mapping } = applyXlsForm(table, form);
    expect(mapping.filter((m) => m.kind === 'unknown' || m.kind === 'ambiguous')).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['xlsform-applied']);
    expect(mapping.find((m) => m.header === 'Responden/Kode BPS kabupaten atau kota')?.canonical).toBe(
      'regency',
    );
    const cell = (header: string, row: number) => out.columns[out.headers.indexOf(header)]?.[row];
    expect([
      cell('resp_id', 0),
      cell('province', 0),
      cell('sex', 0),
      cell('dest_1', 0),
      cell('considered', 0),
    ]).toEqual(['W26-000001', '11', 'F', 'MY', 'JP DE MY AU']);
    expect([cell('considered/JP', 0), cell('considered/KR', 0), cell('considered/AU', 0)]).toEqual([
      '1',
      '0',
      '1',
    ]);
    expect(cell('considered', 1)).toBe('JP DE KR');
    const last = out.rowNumbers.length - 1;
    expect(out.rowNumbers[last]).toBe(22);
    expect([cell('considered', last), cell('considered/JP', last), cell('considered/ZZ', last)]).toEqual([
      '',
      '',
      '',
    ]);
    for (const name of ['province', 'dest_1', 'dest_3', 'considered/ZZ', 'cefr_german', 'skill_cert']) {
      expect('index' in resolveColumn(out.headers, name), name).toBe(true);
    }
  });

  it('applyXlsForm(sample export) writes, for each row, the summary as the codes of its 1-columns', () => {
    const { table: out } = applyXlsForm(table, form);
    const details = out.headers.flatMap((h, c) =>
      h.startsWith('considered/') ? [{ code: h.slice(11), c }] : [],
    );
    const summary = out.columns[out.headers.indexOf('considered')] ?? [];
    summary.forEach((cell, r) => {
      const ones = details.filter((d) => out.columns[d.c]?.[r] === '1').map((d) => d.code);
      expect(cell.split(' ').filter(Boolean).sort(), `row ${out.rowNumbers[r]}`).toEqual(ones.sort());
    });
  });

  it('detectSelectMultiple(sample export without form) finds the question with its 35 label-coded options', () => {
    const found = detectSelectMultiple(table.headers, table.columns);
    expect(found.map((g) => [g.question, g.summaryColumn, g.options.length])).toEqual([
      ['Tujuan/Negara yang dipertimbangkan', 'Tujuan/Negara yang dipertimbangkan', 35],
    ]);
    expect(found[0]?.options[2]).toEqual({
      code: 'Korea Selatan',
      column: 'Tujuan/Negara yang dipertimbangkan/Korea Selatan',
    });
  });
});
