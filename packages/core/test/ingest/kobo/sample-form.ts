import type { RawTable } from '../../../src/ingest/raw-table.ts';

/** A small bilingual XLSForm (English and Indonesian) used by the KoBo tests. */
export const SURVEY: (string | null)[][] = [
  ['type', 'name', 'label::English (en)', 'label::Indonesian (id)', 'required'],
  ['start', 'start', null, null, null],
  ['begin group', 'resp', 'Respondent', 'Responden', null],
  ['select_one sex', 'sex', 'Sex', 'Jenis kelamin', 'yes'],
  ['integer', 'age', 'Age', 'Umur', 'yes'],
  ['end group', null, null, null, null],
  ['begin_group', 'dest', 'Destinations', 'Tujuan', null],
  ['select_one countries', 'dest_1', 'First choice', 'Pilihan pertama', 'yes'],
  ['select_multiple countries', 'considered', 'Countries considered', 'Negara yang dipertimbangkan', null],
  ['end_group', null, null, null, null],
  ['geopoint', 'loc', 'Location', 'Lokasi', null],
];

export const CHOICES: (string | null)[][] = [
  ['list_name', 'name', 'label::English (en)', 'label::Indonesian (id)'],
  ['sex', 'm', 'Male', 'Laki-laki'],
  ['sex', 'f', 'Female', 'Perempuan'],
  ['countries', 'JP', 'Japan', 'Jepang'],
  ['countries', 'KR', 'South Korea', 'Korea Selatan'],
  ['countries', 'TW', 'Taiwan', 'Taiwan'],
  ['countries', 'SA', 'Saudi Arabia', 'Arab Saudi'],
  ['countries', 'AE', 'United Arab Emirates', 'Uni Emirat Arab'],
  ['countries', 'HK', 'Hong Kong', 'Hong Kong'],
];

/** A RawTable built directly (as readTable would return it), data rows from row 2. */
export function rawTable(headers: string[], rows: string[][], name = 'export.csv'): RawTable {
  return {
    source: { name, format: 'csv', delimiter: ';' },
    headers,
    columns: headers.map((_, c) => rows.map((r) => r[c] ?? '')),
    rowNumbers: rows.map((_, r) => r + 2),
    rowProblems: new Map(),
    issues: [],
  };
}

/** The rows of a RawTable, row-major, for comparing. */
export function rowsOf(table: RawTable): string[][] {
  return table.rowNumbers.map((_, r) => table.columns.map((c) => c[r] ?? ''));
}
