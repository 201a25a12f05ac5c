import { readFileSync } from 'node:fs';
import { parseSurveySchema, prepareFilters, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { columnPostings } from '../../src/estimate/column-postings.ts';
import { domainRows } from '../../src/estimate/domain-rows.ts';
import { groupingColumn } from '../../src/estimate/group-index.ts';
import { rowFilter } from '../../src/estimate/row-filter.ts';

describe('columnPostings', () => {
  it('columnPostings(column) lists the rows of each level, ascending, missing rows first', () => {
    // Rows 0..7 with codes: level 0 = a, 1 = b, 2 = c (never taken), -1 = missing.
    const column = { levels: ['a', 'b', 'c'], codes: Int32Array.from([1, 0, -1, 1, 0, 0, -1, 1]) };
    const { offsets, rows } = columnPostings(column);
    expect(Array.from(offsets)).toEqual([0, 2, 5, 8, 8]);
    const of = (k: number) => Array.from(rows.subarray(offsets[k]!, offsets[k + 1]!));
    expect(of(0)).toEqual([2, 6]); // missing
    expect(of(1)).toEqual([1, 4, 5]); // a
    expect(of(2)).toEqual([0, 3, 7]); // b
    expect(of(3)).toEqual([]); // c
    // Built once per column.
    expect(columnPostings(column)).toBe(columnPostings(column));
  });

  it('prepareFilters(sample) builds the lists of every column a filter can name, which filters then read', async () => {
    const root = new URL('../../../../data/sample/', import.meta.url);
    const survey = validateSurvey(
      await readTable({
        name: 'survey.csv',
        bytes: new Uint8Array(readFileSync(new URL('survey.csv', root))),
      }),
      parseSurveySchema(JSON.parse(readFileSync(new URL('survey.json', root), 'utf8'))),
    );
    const keys = prepareFilters(survey);
    expect(keys.slice(0, 3)).toEqual(['wave', 'province', 'island_group']);
    expect(keys.slice(3)).toEqual(Object.keys(survey.dimensions));
    for (const key of keys) {
      const column = groupingColumn(survey, key);
      const { offsets } = columnPostings(column);
      // Every row is listed once: under its level, or as missing.
      expect(offsets.at(-1)).toBe(survey.n);
      const level = column.levels[0]!;
      const marked = Array.from(rowFilter(survey, { [key]: [level] })).flatMap((k, i) => (k ? [i] : []));
      expect(Array.from(domainRows(survey, { [key]: [level] })!)).toEqual(marked);
    }
  });
});
