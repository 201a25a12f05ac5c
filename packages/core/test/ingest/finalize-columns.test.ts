import { describe, expect, it } from 'vitest';
import { finalizeColumns } from '../../src/ingest/finalize-columns.ts';

describe('finalizeColumns', () => {
  it('finalizeColumns keeps repeated names, renames the later ones and warns once per name with positions', () => {
    const result = finalizeColumns(['id', 'age', 'age', 'x', 'age'], [['1'], ['2'], ['3'], ['4'], ['5']], {
      file: 's.csv',
      row: 1,
    });
    expect(result.headers).toEqual(['id', 'age', 'age (2)', 'x', 'age (3)']);
    expect(result.columns).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      level: 'warning',
      code: 'header-duplicate',
      column: 'age',
      count: 3,
      details: { positions: [2, 3, 5], renamed: ['age (2)', 'age (3)'] },
    });
    expect(result.issues[0]?.message).toContain('columns 2, 3, 5');
  });

  it('finalizeColumns skips a renamed name that already exists in the file', () => {
    const result = finalizeColumns(['a', 'a (2)', 'a'], [['1'], ['2'], ['3']], { file: 's.csv', row: 1 });
    expect(result.headers).toEqual(['a', 'a (2)', 'a (3)']);
  });

  it('finalizeColumns names empty headers with data column_<n> and warns once', () => {
    const result = finalizeColumns(['id', '', ' '], [['1'], ['x'], ['y']], { file: 's.csv', row: 2 });
    expect(result.headers).toEqual(['id', 'column_2', 'column_3']);
    expect(result.issues).toMatchObject([
      { level: 'warning', code: 'header-empty', row: 2, count: 2, details: { positions: [2, 3] } },
    ]);
  });

  it('finalizeColumns drops columns without header and without data, with an info issue', () => {
    const result = finalizeColumns(
      ['id', '', 'dest', ''],
      [
        ['1', '2'],
        ['', ' '],
        ['J', 'K'],
        ['', ''],
      ],
      {
        file: 's.csv',
        row: 1,
      },
    );
    expect(result.headers).toEqual(['id', 'dest']);
    expect(result.columns).toEqual([
      ['1', '2'],
      ['J', 'K'],
    ]);
    expect(result.issues).toMatchObject([
      { level: 'info', code: 'column-empty-dropped', details: { positions: [2, 4] } },
    ]);
  });

  it('finalizeColumns leaves header text untouched (no trimming)', () => {
    expect(finalizeColumns([' a ', 'b\n'], [[''], ['']], { file: 's.csv' }).headers).toEqual([' a ', 'b\n']);
  });
});
