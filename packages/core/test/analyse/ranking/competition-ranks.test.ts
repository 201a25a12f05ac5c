import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../../src/analyse/ranking/competition-ranks.ts';

describe('competitionRanks', () => {
  it('equal values share the lower rank and the next rank skips: [0.4, 0.3, 0.3, 0.1] → [1, 2, 2, 4]', () => {
    expect(competitionRanks([0.4, 0.3, 0.3, 0.1])).toEqual([1, 2, 2, 4]);
  });

  it('ties at the top and at zero: [0.5, 0.5, 0, 0] → [1, 1, 3, 3]; empty → []', () => {
    expect(competitionRanks([0.5, 0.5, 0, 0])).toEqual([1, 1, 3, 3]);
    expect(competitionRanks([])).toEqual([]);
  });
});
