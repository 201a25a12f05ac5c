import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/validate/find-duplicates.ts';

describe('findDuplicates', () => {
  it('counts items equal to an earlier one, ignoring blanks, and names the first pair', () => {
    // 'a' at 0, 2 and 5 (2 duplicates), 'b' at 1 and 4 (1 duplicate), blanks at 3 and 6 ignored.
    expect(findDuplicates(['a', 'b', 'a', '', 'b', 'a', ''])).toEqual({ count: 3, first: [0, 2] });
  });

  it('finds none among distinct ids, and texts differing only in case or spaces are distinct', () => {
    expect(findDuplicates(['R1', 'r1', 'R1 ', ' R1', 'R10'])).toEqual({ count: 0 });
    const ids = Array.from({ length: 5000 }, (_, i) => `W23-${String(i).padStart(6, '0')}`);
    expect(findDuplicates(ids)).toEqual({ count: 0 });
    expect(findDuplicates([...ids, 'W23-004321'])).toEqual({ count: 1, first: [4321, 5000] });
  });
});
