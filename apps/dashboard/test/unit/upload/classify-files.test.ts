import { describe, expect, it } from 'vitest';
import { classifyFiles } from '../../../src/upload/classify-files.ts';

const f = (name: string) => ({ name });

describe('classifyFiles', () => {
  it('classifyFiles([one]) takes any single file as the survey, keeping the other slots', () => {
    const form = f('form.xlsx');
    expect(classifyFiles([f('survey.json')], { form })).toEqual({
      survey: f('survey.json'),
      form,
      ignored: [],
    });
  });

  it('classifyFiles([csv, xlsx, json]) sorts survey, XLSForm and schema, in any order', () => {
    const out = classifyFiles([f('survey.json'), f('form.xlsx'), f('export.CSV')]);
    expect(out).toEqual({
      survey: f('export.CSV'),
      form: f('form.xlsx'),
      schema: f('survey.json'),
      ignored: [],
    });
  });

  it('classifyFiles([xlsx, xlsx]) takes the first workbook as the survey and the second as the form', () => {
    const out = classifyFiles([f('data.xlsx'), f('form.xlsx')]);
    expect(out).toEqual({ survey: f('data.xlsx'), form: f('form.xlsx'), ignored: [] });
  });

  it('classifyFiles returns the files that fit no slot as ignored', () => {
    const out = classifyFiles([f('a.csv'), f('b.csv'), f('notes.pdf')]);
    expect(out.survey).toEqual(f('a.csv'));
    expect(out.ignored).toEqual([f('b.csv'), f('notes.pdf')]);
  });
});
