import { MinatError } from '../../errors/minat-error.ts';

/** A seeded random-number generator (see {@link createRng}). */
export interface Rng {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform integer in `[0, n)`, `1 ≤ n ≤ 2^32`, without modulo bias (rejection). */
  nextInt(n: number): number;
}

/**
 * xoshiro128** 1.0 (Blackman & Vigna, 2018): a small, fast generator with 128 bits of state, passed
 * around explicitly (no global state, no `Math.random`). The state is filled from the seed by SplitMix32,
 * so nearby seeds give unrelated streams; a `Uint32Array` of 4 (not all zero) sets the state directly.
 *
 * @param seed - non-negative safe integer, or the 4-word state
 * @throws MinatError `option-invalid` for a negative, fractional or unsafe seed
 * @example createRng(20240601).nextInt(6) // a die roll, the same on every run
 */
export function createRng(seed: number | Uint32Array): Rng {
  const s = new Uint32Array(4);
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new MinatError('option-invalid', `invalid seed ${seed}: expected a non-negative integer`, {
        value: String(seed),
        expected: 'a non-negative integer up to 2^53 − 1',
      });
    }
    let x = seed >>> 0;
    const high = Math.floor(seed / 2 ** 32) >>> 0;
    const splitmix = () => {
      x = (x + 0x9e3779b9) | 0;
      let t = x ^ (x >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      return (t ^ (t >>> 15)) >>> 0;
    };
    s[0] = splitmix();
    s[1] = splitmix() ^ high;
    s[2] = splitmix();
    s[3] = splitmix();
  } else {
    s.set(seed.subarray(0, 4));
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  const rotl = (v: number, k: number) => (v << k) | (v >>> (32 - k));
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
  // The rejection limit of the last n (callers draw many times from the same n); `x − ⌊x/n⌋·n` is
  // exact for 32-bit x and n and cheaper than a floating-point `%`.
  let lastN = 0;
  let limit = 0;
  return {
    nextUint32,
    nextInt(n) {
      if (n !== lastN) {
        lastN = n;
        limit = 2 ** 32 - (2 ** 32 % n);
      }
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x - Math.floor(x / n) * n;
    },
  };
}
