import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/design/replicates/create-rng.ts';

describe('createRng (xoshiro128**)', () => {
  it('matches the reference C implementation from state (1, 2, 3, 4)', () => {
    const rng = createRng(Uint32Array.of(1, 2, 3, 4));
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it('same seed → same stream; different seeds (even adjacent or beyond 2^32) → different streams', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8 }, () => rng.nextUint32());
    };
    expect(draw(20240601)).toEqual(draw(20240601));
    expect(draw(20240601)).not.toEqual(draw(20240602));
    expect(draw(5)).not.toEqual(draw(5 + 2 ** 32));
  });

  it('nextInt(n) stays in [0, n) and is roughly uniform (fixed seed, loose bound)', () => {
    const rng = createRng(7);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[rng.nextInt(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(createRng(1).nextInt(1)).toBe(0);
  });

  it('rejects negative, fractional and unsafe seeds', () => {
    for (const seed of [-1, 1.5, 2 ** 60, Number.NaN]) {
      expect(() => createRng(seed)).toThrow(MinatError);
    }
  });
});
