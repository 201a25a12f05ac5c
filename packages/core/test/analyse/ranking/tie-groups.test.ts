import { describe, expect, it } from 'vitest';
import { tieGroups } from '../../../src/analyse/ranking/tie-groups.ts';

describe('tieGroups', () => {
  it('A~B and B~C with A≁C (not an adjacent pair) put A, B, C in one group: [false, false] → [1, 1, 1]', () => {
    expect(tieGroups([false, false])).toEqual([1, 1, 1]);
  });

  it('all adjacent differences significant: each destination its own group, [1, 2, 3, 4]', () => {
    expect(tieGroups([true, true, true])).toEqual([1, 2, 3, 4]);
  });

  it('a chain breaks only at a significant pair: [false, true, false, false, true] → [1, 1, 2, 2, 2, 3]', () => {
    expect(tieGroups([false, true, false, false, true])).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('a single destination is group 1', () => {
    expect(tieGroups([])).toEqual([1]);
  });
});
