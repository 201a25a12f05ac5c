import { describe, expect, it } from 'vitest';
import { columnPostings } from '../../src/estimate/column-postings.ts';

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
});
