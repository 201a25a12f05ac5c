/** A seeded pseudo-random number generator with the draws the sample generator needs. */
export interface Rng {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** An index drawn with probability proportional to `weights` (non-negative, not all zero). */
  weighted(weights: ArrayLike<number>): number;
  /** A standard normal number (Box–Muller). */
  normal(): number;
}

/**
 * Creates a mulberry32 generator: 32-bit state, fast, and the same sequence on every platform.
 * `Math.random` is never used, so a seed fixes every output of the generator.
 *
 * @param seed - any 32-bit integer
 * @returns the generator
 * @example
 * ```ts
 * const rng = createRng(20260212);
 * rng.weighted([0.6, 0.4]); // 0 or 1
 * ```
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weighted(weights) {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i]!;
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i]!;
        if (u < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
      throw new Error('weighted(): all weights are zero');
    },
    normal() {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

/**
 * Derives an independent seed for a named sub-stream (FNV-1a over the label, mixed with the seed),
 * so that e.g. the 2024 wave does not change when the 2023 wave draws more numbers.
 *
 * @param seed - the master seed
 * @param label - the name of the sub-stream, e.g. `'wave-2026'`
 * @returns a 32-bit seed
 * @example
 * ```ts
 * const rng = createRng(deriveSeed(20260212, 'wave-2026'));
 * ```
 */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
