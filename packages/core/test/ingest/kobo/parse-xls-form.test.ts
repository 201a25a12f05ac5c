import { describe, expect, it } from 'vitest';
import { MinatError } from '../../../src/errors/minat-error.ts';
import { parseXlsForm } from '../../../src/ingest/kobo/parse-xls-form.ts';
import { CHOICES, SURVEY } from './sample-form.ts';
import { xlsxBytes } from './xlsx-bytes.ts';

type Cells = (string | null)[][];

async function form(survey: Cells, choices?: Cells, extra: { sheet: string; data: Cells }[] = []) {
  const sheets = [
    { sheet: 'survey', data: survey },
    ...(choices ? [{ sheet: 'choices', data: choices }] : []),
  ];
  return parseXlsForm({ name: 'form.xlsx', bytes: await xlsxBytes([...sheets, ...extra]) });
}

async function rejection(promise: Promise<unknown>): Promise<MinatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MinatError);
  return error as MinatError;
}

function formError(survey: Cells, choices?: Cells, extra: { sheet: string; data: Cells }[] = []) {
  return rejection(form(survey, choices, extra));
}

describe('parseXlsForm', () => {
  it('parseXlsForm(bilingual form) returns questions with types, lists, labels and group paths', async () => {
    const f = await form(SURVEY, CHOICES);
    expect(f.languages).toEqual(['en', 'id']);
    expect(f.languageNames).toEqual({ en: 'English (en)', id: 'Indonesian (id)' });
    expect(f.questions.map((q) => [q.name, q.type, q.listName ?? null, q.groupPath.join('/')])).toEqual([
      ['start', 'start', null, ''],
      ['sex', 'select_one', 'sex', 'resp'],
      ['age', 'integer', null, 'resp'],
      ['dest_1', 'select_one', 'countries', 'dest'],
      ['considered', 'select_multiple', 'countries', 'dest'],
      ['loc', 'geopoint', null, ''],
    ]);
    const considered = f.questions.find((q) => q.name === 'considered');
    expect(considered?.labels).toEqual({ en: 'Countries considered', id: 'Negara yang dipertimbangkan' });
    expect(considered?.groupLabels).toEqual([{ en: 'Destinations', id: 'Tujuan' }]);
    expect(considered?.row).toBe(9);
    expect(considered?.inRepeat).toBe(false);
    expect(f.choices.get('countries')?.[1]).toEqual({
      name: 'KR',
      labels: { en: 'South Korea', id: 'Korea Selatan' },
    });
    expect(f.choices.get('sex')?.map((c) => c.name)).toEqual(['m', 'f']);
  });

  it('parseXlsForm(plain label column, number names, repeat) keys the language as "" and marks inRepeat', async () => {
    const f = await form(
      [
        ['Type', 'Name', 'Label'],
        ['begin repeat', 'kids', 'Children'],
        ['integer', 'kid_age', 'Age'],
        ['end repeat', null, null],
        ['select_one yn', 'migrated', 'Worked abroad?'],
        ['select_one_from_file towns.csv', 'town', 'Town'],
      ],
      [
        ['list_name', 'name', 'label'],
        ['yn', '1', 'Yes'],
        ['yn', '0', 'No'],
      ],
    );
    expect(f.languages).toEqual(['']);
    expect(f.questions.map((q) => [q.name, q.type, q.inRepeat])).toEqual([
      ['kid_age', 'integer', true],
      ['migrated', 'select_one', false],
      ['town', 'select_one_from_file', false],
    ]);
    expect(f.questions[0]?.groupPath).toEqual(['kids']);
    expect(f.choices.get('yn')).toEqual([
      { name: '1', labels: { '': 'Yes' } },
      { name: '0', labels: { '': 'No' } },
    ]);
  });

  it('parseXlsForm(language without code) keys it by its name as written', async () => {
    const f = await form([
      ['type', 'name', 'label::Bahasa Indonesia', 'label::English (EN)'],
      ['text', 'x', 'Nama', 'Name'],
    ]);
    expect(f.languages).toEqual(['Bahasa Indonesia', 'en']);
    expect(f.questions[0]?.labels).toEqual({ 'Bahasa Indonesia': 'Nama', en: 'Name' });
  });

  it('parseXlsForm(KoBo download with $autoname/$autovalue and a kobomatrix block) reads names and groups', async () => {
    const f = await form(
      [
        ['type', 'name', '$autoname', 'label'],
        ['begin_kobomatrix', 'm', 'm', 'Matrix'],
        ['select_one yn', null, 'row_a', 'A'],
        ['end_kobomatrix', null, null, null],
      ],
      [
        ['list_name', 'name', '$autovalue', 'label'],
        ['yn', null, 'yes', 'Yes'],
      ],
    );
    expect(f.questions.map((q) => [q.groupPath.join('/'), q.name])).toEqual([['m', 'row_a']]);
    expect(f.choices.get('yn')?.map((c) => c.name)).toEqual(['yes']);
  });

  it('parseXlsForm(workbook without survey sheet) throws xlsform-invalid naming the sheets found', async () => {
    const bytes = await xlsxBytes([{ sheet: 'data', data: [['a']] }]);
    const error = await rejection(parseXlsForm({ name: 'f.xlsx', bytes }));
    expect(error).toBeInstanceOf(MinatError);
    expect(error.code).toBe('xlsform-invalid');
    expect(error.message).toBe(
      'f.xlsx, sheet "survey": the workbook has no "survey" sheet (sheets: data); expected an XLSForm with the sheets survey and choices',
    );
  });

  it('parseXlsForm(bytes that are not XLSX) throws xlsx-invalid', async () => {
    const error = await rejection(parseXlsForm({ name: 'f.xls', bytes: new Uint8Array([1, 2, 3, 4]) }));
    expect(error).toBeInstanceOf(MinatError);
    expect(error.code).toBe('xlsx-invalid');
    expect(error.file).toBe('f.xls');
  });

  it('parseXlsForm(survey without name column) throws naming the header row and headers', async () => {
    const error = await formError([
      ['type', 'label'],
      ['text', 'Name'],
    ]);
    expect(error.code).toBe('xlsform-invalid');
    expect(error.row).toBe(1);
    expect(error.column).toBe('name');
    expect(error.message).toContain('no "name" column (headers: type, label)');
  });

  it('parseXlsForm(select with unknown list) throws naming row, column, value and the known lists', async () => {
    const error = await formError(
      [...SURVEY, ['select_one provinces', 'prov', 'Province', 'Provinsi', null]],
      CHOICES,
    );
    expect(error.row).toBe(12);
    expect(error.column).toBe('type');
    expect(error.value).toBe('select_one provinces');
    expect(error.message).toBe(
      'form.xlsx, sheet "survey", row 12, column "type": question "prov" uses the choice list "provinces", ' +
        'which the "choices" sheet does not have (value "select_one provinces"); expected one of the lists sex, countries',
    );
  });

  it('parseXlsForm(select without choices sheet) throws', async () => {
    const error = await formError(SURVEY);
    expect(error.row).toBe(4);
    expect(error.message).toContain('the workbook has no "choices" sheet');
  });

  it('parseXlsForm(duplicate question name in a group) throws naming both rows', async () => {
    const survey = [...SURVEY];
    survey.splice(5, 0, ['text', 'age', 'Age again', null, null]);
    const error = await formError(survey, CHOICES);
    expect(error.row).toBe(6);
    expect(error.column).toBe('name');
    expect(error.message).toContain('the name "age" is already used in row 5 of the same group');
  });

  it('parseXlsForm(same name in two groups) accepts it', async () => {
    const f = await form([
      ['type', 'name'],
      ['begin group', 'a'],
      ['text', 'x'],
      ['end group', null],
      ['begin group', 'b'],
      ['text', 'x'],
      ['end group', null],
    ]);
    expect(f.questions.map((q) => [...q.groupPath, q.name].join('/'))).toEqual(['a/x', 'b/x']);
  });

  it('parseXlsForm(unclosed group, stray end, mismatched end) throws', async () => {
    const unclosed = await formError([
      ['type', 'name'],
      ['begin group', 'g'],
      ['text', 'x'],
    ]);
    expect(unclosed.message).toContain('row 2, column "type": the group "g" is never closed');
    const stray = await formError([
      ['type', 'name'],
      ['text', 'x'],
      ['end group', null],
    ]);
    expect(stray.message).toContain('row 3, column "type": nothing to end');
    const mismatched = await formError([
      ['type', 'name'],
      ['begin repeat', 'r'],
      ['end group', null],
    ]);
    expect(mismatched.message).toContain('"end group" closes the repeat "r" opened in row 2');
  });

  it('parseXlsForm(row without type, select without list) throws', async () => {
    const noType = await formError([
      ['type', 'name'],
      [null, 'x'],
    ]);
    expect(noType.message).toContain('row 2, column "type": "x" has no type');
    const noList = await formError([
      ['type', 'name'],
      ['select_multiple', 'x'],
    ]);
    expect(noList.message).toContain('no choice list named');
  });

  it('parseXlsForm(duplicate choice) throws unless allow_choice_duplicates = yes', async () => {
    const choices = [...CHOICES, ['countries', 'JP', 'Japan (again)', 'Jepang']];
    const error = await formError(SURVEY, choices);
    expect(error.message).toContain(
      'sheet "choices", row 10, column "name": list "countries" already has a choice "JP" (row 4)',
    );
    const settings = {
      sheet: 'settings',
      data: [
        ['form_title', 'allow_choice_duplicates'],
        ['t', 'yes'],
      ],
    };
    const f = await form(SURVEY, choices, [settings]);
    expect(f.choices.get('countries')?.filter((c) => c.name === 'JP')).toHaveLength(1);
  });
});
