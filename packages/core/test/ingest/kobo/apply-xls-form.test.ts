import { beforeAll, describe, expect, it } from 'vitest';
import { MinatError } from '../../../src/errors/minat-error.ts';
import { applyXlsForm } from '../../../src/ingest/kobo/apply-xls-form.ts';
import { parseXlsForm } from '../../../src/ingest/kobo/parse-xls-form.ts';
import type { XlsForm } from '../../../src/ingest/kobo/xls-form.ts';
import { CHOICES, rawTable, rowsOf, SURVEY } from './sample-form.ts';
import { xlsxBytes } from './xlsx-bytes.ts';

let form: XlsForm;
beforeAll(async () => {
  const bytes = await xlsxBytes([
    { sheet: 'survey', data: SURVEY },
    { sheet: 'choices', data: CHOICES },
  ]);
  form = await parseXlsForm({ name: 'form.xlsx', bytes });
});

const COUNTRIES = ['JP', 'KR', 'TW', 'SA', 'AE', 'HK'];

describe('applyXlsForm', () => {
  it('applyXlsForm(XML headers with "/" groups, both layouts, unanswered row) gives bare names and keeps values', () => {
    const headers = [
      'start',
      'resp/sex',
      'resp/age',
      'dest/dest_1',
      'dest/considered',
      ...COUNTRIES.map((c) => `dest/considered/${c}`),
      'loc',
      '_loc_latitude',
      '_id',
    ];
    const rows = [
      ['2024-01-01', 'f', '24', 'JP', 'JP KR', '1', '1', '0', '0', '0', '0', '-6.2 106.8', '-6.2', '1'],
      ['2024-01-02', 'm', '31', 'SA', '', '', '', '', '', '', '', '', '', '2'],
    ];
    const { table, issues, mapping } = applyXlsForm(rawTable(headers, rows), form);
    expect(table.headers).toEqual([
      'start',
      'sex',
      'age',
      'dest_1',
      'considered',
      ...COUNTRIES.map((c) => `considered/${c}`),
      'loc',
      '_loc_latitude',
      '_id',
    ]);
    expect(rowsOf(table)).toEqual(rows);
    expect(mapping[5]).toEqual({
      index: 5,
      header: 'dest/considered/JP',
      canonical: 'considered/JP',
      kind: 'select-detail',
      question: 'considered',
      option: 'JP',
      matchedBy: 'name',
    });
    expect(mapping.at(-1)).toEqual({ index: 13, header: '_id', canonical: '_id', kind: 'meta' });
    expect(mapping[12]).toMatchObject({ kind: 'gps', part: 'latitude', question: 'loc' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      'export.csv: read with the form form.xlsx: 13 columns by XML name, 0 by label, 1 meta',
    );
  });

  it('applyXlsForm(ODK Central "-" headers) recognises groups, details and GPS parts', () => {
    const headers = [
      'SubmissionDate',
      'resp-sex',
      'dest-dest_1',
      'dest-considered',
      'dest-considered/JP',
      'loc-Accuracy',
      'KEY',
    ];
    const { table } = applyXlsForm(rawTable(headers, [['x', 'f', 'KR', 'JP', '1', '5', 'uuid:1']]), form);
    expect(table.headers).toEqual([
      'SubmissionDate',
      'sex',
      'dest_1',
      'considered',
      'considered/JP',
      '_loc_precision',
      'KEY',
    ]);
  });

  it('applyXlsForm(IMPACT "." headers) recognises q.option details', () => {
    const headers = ['resp.age', 'dest.considered.JP', 'dest.considered.KR', 'considered.TW'];
    const { table } = applyXlsForm(rawTable(headers, [['30', '1', '0', '0']]), form);
    expect(table.headers).toEqual(['age', 'considered/JP', 'considered/KR', 'considered/TW']);
  });

  it('applyXlsForm(English label headers and values) detects English and writes choice names', () => {
    const headers = [
      'Sex',
      'Age',
      'First choice',
      'Countries considered',
      'Countries considered/Saudi Arabia',
    ];
    const rows = [
      ['Female', '24', 'South Korea', 'Saudi Arabia United Arab Emirates', '1'],
      ['Male', '40', 'Hong Kong', 'Hong Kong Japan', '0'],
    ];
    const { table, issues, mapping } = applyXlsForm(rawTable(headers, rows), form);
    expect(table.headers).toEqual(['sex', 'age', 'dest_1', 'considered', 'considered/SA']);
    expect(rowsOf(table)).toEqual([
      ['f', '24', 'KR', 'SA AE', '1'],
      ['m', '40', 'HK', 'HK JP', '0'],
    ]);
    // "Sex" and "Age" are also the XML names ignoring case: names win over labels.
    expect(mapping.map((m) => m.matchedBy)).toEqual(['name', 'name', 'label', 'label', 'label']);
    expect(mapping[2]).toMatchObject({ matchedBy: 'label', language: 'en' });
    expect(issues.map((i) => i.code)).toEqual(['xlsform-applied']);
    expect(issues[0]?.message).toBe(
      'export.csv: read with the form form.xlsx: 2 columns by XML name, 3 by label in English (en), 0 meta',
    );
  });

  it('applyXlsForm(Indonesian labels, summary only, labels with spaces) splits longest label first', () => {
    const headers = ['_id', 'Jenis kelamin', 'Umur', 'Pilihan pertama', 'Negara yang dipertimbangkan'];
    const rows = [
      ['1', 'Perempuan', '24', 'Korea Selatan', 'Uni Emirat Arab Arab Saudi'],
      ['2', 'Laki-laki', '31', 'Jepang', 'Hong Kong  korea selatan'],
      ['3', 'Laki-laki', '19', 'Taiwan', ''],
    ];
    const { table, mapping } = applyXlsForm(rawTable(headers, rows), form);
    expect(table.headers).toEqual(['_id', 'sex', 'age', 'dest_1', 'considered']);
    expect(rowsOf(table)).toEqual([
      ['1', 'f', '24', 'KR', 'AE SA'],
      ['2', 'm', '31', 'JP', 'HK KR'],
      ['3', 'm', '19', 'TW', ''],
    ]);
    expect(mapping[1]).toMatchObject({ language: 'id' });
  });

  it('applyXlsForm(Indonesian detail columns only, with group labels) maps them to question/option', () => {
    const headers = [
      'Responden/Umur',
      'Tujuan/Negara yang dipertimbangkan/Jepang',
      'Tujuan/Negara yang dipertimbangkan/Arab Saudi',
    ];
    const { table } = applyXlsForm(
      rawTable(headers, [
        ['24', '1', '0'],
        ['30', '', ''],
      ]),
      form,
    );
    expect(table.headers).toEqual(['age', 'considered/JP', 'considered/SA']);
    expect(rowsOf(table)).toEqual([
      ['24', '1', '0'],
      ['30', '', ''],
    ]);
  });

  it('applyXlsForm(values in names, labels of another language, unknown label) keeps names, maps labels, warns once per value', () => {
    const headers = ['dest/dest_1', 'dest/considered'];
    const rows = [
      ['JP', 'JP SA'],
      ['Jepang', 'Japan Taiwan'],
      ['Malaysia', 'Malaysia Jepang'],
      ['Malaysia', ''],
    ];
    const { table, issues } = applyXlsForm(rawTable(headers, rows), form);
    expect(rowsOf(table)).toEqual([
      ['JP', 'JP SA'],
      ['JP', 'JP TW'],
      ['Malaysia', 'Malaysia Jepang'],
      ['Malaysia', ''],
    ]);
    const unknown = issues.filter((i) => i.code === 'xlsform-value-unknown');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]).toMatchObject({
      level: 'warning',
      file: 'export.csv',
      column: 'dest/dest_1',
      value: 'Malaysia',
      count: 2,
      row: 4,
    });
    expect(unknown[0]?.message).toBe(
      'export.csv, column "dest/dest_1": 2 row(s) hold "Malaysia", which is no choice name or label of the list ' +
        '"countries" in form.xlsx; kept as written',
    );
    expect(unknown[1]).toMatchObject({
      column: 'dest/considered',
      value: 'Malaysia Jepang',
      count: 1,
      row: 4,
    });
  });

  it('applyXlsForm(a header matching two questions) keeps it as written and warns', async () => {
    const bytes = await xlsxBytes([
      {
        sheet: 'survey',
        data: [
          ['type', 'name', 'label'],
          ['begin group', 'a', null],
          ['text', 'x', 'Specify'],
          ['end group', null, null],
          ['begin group', 'b', null],
          ['text', 'x', 'Specify'],
          ['end group', null, null],
        ],
      },
    ]);
    const twice = await parseXlsForm({ name: 'twice.xlsx', bytes });
    const { table, issues, mapping } = applyXlsForm(
      rawTable(['x', 'b/x', 'Specify'], [['1', '2', '3']]),
      twice,
    );
    expect(table.headers).toEqual(['x', 'b/x', 'Specify']);
    expect(mapping.map((m) => m.kind)).toEqual(['ambiguous', 'question', 'ambiguous']);
    expect(issues.filter((i) => i.code === 'xlsform-header-ambiguous').map((i) => i.message)).toEqual([
      'export.csv: column "x" matches several names of the form twice.xlsx (a/x, b/x); kept as written',
      'export.csv: column "Specify" matches several labels of the form twice.xlsx (a/x, b/x); kept as written',
    ]);
  });

  it('applyXlsForm(label holding "/" behind a group label) matches the whole header', async () => {
    const bytes = await xlsxBytes([
      {
        sheet: 'survey',
        data: [
          ['type', 'name', 'label::Indonesian (id)'],
          ['begin group', 'responden', 'Responden'],
          ['integer', 'regency', 'Kode kabupaten/kota (BPS)'],
          ['text', 'kota', 'Kota'],
          ['end group', null, null],
        ],
      },
    ]);
    const slashed = await parseXlsForm({ name: 'slash.xlsx', bytes });
    const headers = ['Responden/Kode kabupaten/kota (BPS)', 'Responden/Kota'];
    expect(applyXlsForm(rawTable(headers, [['1105', 'Banda Aceh']]), slashed).table.headers).toEqual([
      'regency',
      'kota',
    ]);
  });

  it('applyXlsForm(two columns for the same question) keeps the later one under its own header', () => {
    const { table, issues } = applyXlsForm(rawTable(['Umur', 'resp/age', 'notes'], [['1', '2', 'x']]), form);
    expect(table.headers).toEqual(['Umur', 'age', 'notes']);
    expect(issues.map((i) => i.code)).toEqual(['xlsform-applied', 'xlsform-header-duplicate']);
    expect(issues[0]?.message).toContain(
      '1 columns by XML name, 1 by label in Indonesian (id), 0 meta, 1 not in the form (notes)',
    );
  });

  it('applyXlsForm(options.language) uses that language; an unknown one throws option-invalid', () => {
    const t = rawTable(['Umur'], [['3']]);
    expect(applyXlsForm(t, form, { language: 'Indonesian' }).table.headers).toEqual(['age']);
    expect(applyXlsForm(t, form, { language: 'en' }).table.headers).toEqual(['Umur']);
    let error: unknown;
    try {
      applyXlsForm(t, form, { language: 'fr' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MinatError);
    expect((error as MinatError).code).toBe('option-invalid');
    expect((error as MinatError).message).toBe(
      'export.csv: the language "fr" is not in the form form.xlsx; its languages are en (English (en)), id (Indonesian (id))',
    );
  });

  it('applyXlsForm(table with row problems) passes rows, row numbers and problems through without mutating the input', () => {
    const input = rawTable(
      ['resp/sex', 'extra'],
      [
        ['Perempuan', 'a'],
        ['m', 'b'],
      ],
    );
    input.rowNumbers = [2, 5];
    input.rowProblems.set(1, [{ kind: 'ragged', message: 'too many fields', found: 3, expected: 2 }]);
    const { table } = applyXlsForm(input, form);
    expect(table.rowNumbers).toEqual([2, 5]);
    expect(table.rowProblems.get(1)?.[0]?.kind).toBe('ragged');
    expect(rowsOf(table)).toEqual([
      ['f', 'a'],
      ['m', 'b'],
    ]);
    expect(input.headers).toEqual(['resp/sex', 'extra']);
    expect(input.columns[0]).toEqual(['Perempuan', 'm']);
  });
});
