import { readFileSync } from 'node:fs';
import { parseSurveySchema, type ReadProgress, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { designSchema } from './helpers.ts';

const root = new URL('../../../../', import.meta.url);

/** A clean CSV of `n` rows for `designSchema` (id, weight, strata, PSU, province, single destination). */
function designCsv(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `${i + 1},1,Jatim,p${i % 3},Jepang`);
  return ['id,w,prov,psu,dest', ...rows].join('\n');
}

describe('validateSurvey progress', () => {
  it('reports once per column checked when progressEvery is 1: 4 design columns, province, destination, end', async () => {
    // designSchema checks 4 design columns (id, w, strata, psu), the province and one destination
    // column, plus the end: 7 steps. With 7 rows, one step is one row's worth.
    const table = await readTable({ name: 'seven.csv', text: designCsv(7) });
    const seen: ReadProgress[] = [];
    const survey = validateSurvey(table, parseSurveySchema(designSchema), {
      onProgress: (p) => seen.push(p),
      progressEvery: 1,
    });
    expect(seen.map((p) => p.rows)).toEqual([0, 4, 5, 6, 7]);
    expect(seen.every((p) => p.stage === 'validate' && p.totalRows === 7)).toBe(true);
    expect(survey.n).toBe(7);
  });

  it('reports only the start and the end below 50,000 rows by default', async () => {
    const table = await readTable({ name: 'seventy.csv', text: designCsv(70) });
    const seen: ReadProgress[] = [];
    validateSurvey(table, parseSurveySchema(designSchema), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.rows, p.totalRows])).toEqual([
      [0, 70],
      [70, 70],
    ]);
  });

  it('on the sample survey: rows rise by at least progressEvery up to every data row, same survey as without progress', async () => {
    const text = readFileSync(new URL('data/sample/survey.csv', root), 'utf8');
    const dataRows = text.split('\n').filter((line) => line !== '').length - 1;
    const schema = parseSurveySchema(
      JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
    );
    const table = await readTable({ name: 'survey.csv', text });
    const seen: ReadProgress[] = [];
    const withProgress = validateSurvey(table, schema, {
      onProgress: (p) => seen.push(p),
      progressEvery: 5000,
    });
    const rows = seen.map((p) => p.rows);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(dataRows);
    expect(seen.every((p) => p.totalRows === dataRows && p.stage === 'validate')).toBe(true);
    for (let k = 1; k < rows.length - 1; k++) expect(rows[k]! - rows[k - 1]!).toBeGreaterThanOrEqual(5000);
    expect(rows.length).toBeGreaterThan(4);
    expect(withProgress).toEqual(validateSurvey(table, schema));
  });
});
