import { describe, expect, it } from 'vitest';
import { closestNames } from '../../src/reference/closest-names.ts';
import { editDistance } from '../../src/reference/edit-distance.ts';

const candidates = [
  { folded: 'jepang', label: 'Jepang (JP)' },
  { folded: 'japan', label: 'Jepang (JP)' },
  { folded: 'jerman', label: 'Jerman (DE)' },
  { folded: 'yordania', label: 'Yordania (JO)' },
];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as 1', () => {
    expect(editDistance('jepamg', 'jepang')).toBe(1);
    expect(editDistance('jepan', 'jepang')).toBe(1);
    expect(editDistance('jpeang', 'jepang')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('returns limit + 1 once the distance exceeds the limit', () => {
    expect(editDistance('malaysia', 'jepang', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('closestNames', () => {
  it('closestNames("Jepamg", …) returns ["Jepang (JP)"]: each label once, far names left out', () => {
    expect(closestNames('Jepamg', candidates)).toEqual(['Jepang (JP)']);
  });

  it('orders by distance: "jepman" is 1 from jerman and 2 from jepang', () => {
    expect(closestNames('jepman', candidates)).toEqual(['Jerman (DE)', 'Jepang (JP)']);
  });

  it('folds the value first: "JAPAN " matches at distance 0', () => {
    expect(closestNames('JAPAN ', candidates, 1)).toEqual(['Jepang (JP)']);
  });

  it('returns nothing for values far from every name, for blank values and for k = 0', () => {
    expect(closestNames('Brazil', candidates)).toEqual([]);
    expect(closestNames(' - ', candidates)).toEqual([]);
    expect(closestNames('Jepang', candidates, 0)).toEqual([]);
  });

  it('respects k', () => {
    expect(closestNames('jeman', candidates, 1)).toEqual(['Jerman (DE)']);
  });
});
