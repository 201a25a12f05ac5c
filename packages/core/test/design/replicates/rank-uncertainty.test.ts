import { describe, expect, it } from 'vitest';
import { rankUncertainty } from '../../../src/design/replicates/rank-uncertainty.ts';

describe('rankUncertainty', () => {
  it('ties share the lowest rank (ties "min") and both count as first', () => {
    // replicate 1: A = B top (rank 1, 1), C rank 3; replicate 2: C top, A = B rank 2
    const r = rankUncertainty(Float64Array.of(0.4, 0.4, 0.2, 0.3, 0.3, 0.4), 3);
    expect([...r.pFirst]).toEqual([0.5, 0.5, 0.5]);
    expect([...r.rankLow]).toEqual([1, 1, 1]);
    expect([...r.rankHigh]).toEqual([2, 2, 3]);
  });

  it('interval ends are quantile type 1: the ⌈R·q⌉-th smallest rank, with R·q = 5 at level 0.95 and R = 200', () => {
    // 200 replicates of two shares; k = 1 ranks first in replicates 0..5 (6 times), second otherwise
    const R = 200;
    const shares = new Float64Array(R * 2);
    for (let r = 0; r < R; r++) {
      shares[r * 2] = 0.5;
      shares[r * 2 + 1] = r < 6 ? 0.6 : 0.4;
    }
    const r95 = rankUncertainty(shares, 2);
    // sorted ranks of k = 1: six 1s then 2s; the 5th smallest is 1 (the 6th would also be 1)
    expect(r95.rankLow[1]).toBe(1);
    expect(r95.rankHigh[1]).toBe(2);
    expect(r95.pFirst[1]).toBe(0.03);
    // k = 0 is second in 6 replicates: its 2.5% point (5th smallest) is 1 and its 97.5% point
    // (195th smallest) is 2, because positions 195..200 hold the six 2s
    expect(r95.rankHigh[0]).toBe(2);
    // with five 2s, positions 196..200: the 195th smallest is 1 — it would be 2 if R·q were taken as 195.0000001
    const five = shares.slice();
    five[5 * 2 + 1] = 0.4;
    expect(rankUncertainty(five, 2).rankHigh[0]).toBe(1);
    // k = 1 is first exactly 5 times: the 2.5% point is the 5th smallest rank, 1; computed naively,
    // 200 · (1 − 0.95)/2 = 5.0000000000000044 would pick the 6th, 2
    expect(rankUncertainty(five, 2).rankLow[1]).toBe(1);
    expect(rankUncertainty(five, 2, 0.99).rankHigh[0]).toBe(2);
  });

  it('skips replicates with a NaN share and rejects a bad level or length', () => {
    const r = rankUncertainty(Float64Array.of(0.6, 0.4, Number.NaN, 0.5), 2);
    expect([...r.pFirst]).toEqual([1, 0]);
    expect(() => rankUncertainty(Float64Array.of(0.5, 0.5), 2, 95)).toThrow(
      /invalid level 95: expected a number in \(0, 1\)/,
    );
    expect(() => rankUncertainty(Float64Array.of(0.5, 0.5, 0.1), 2)).toThrow(/3 shares are not R × 2/);
  });
});
