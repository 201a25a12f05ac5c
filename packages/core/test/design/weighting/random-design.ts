import type { SurveyDesign } from '@minat/core';
import fc from 'fast-check';

/** A random stratified cluster sample: 2–3 strata of 2–4 PSUs of 1–5 rows, with two cell variables and an answer. */
export const sample = fc
  .array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }), {
    minLength: 2,
    maxLength: 3,
  })
  .chain((strata) => {
    const n = strata.flat().reduce((a, b) => a + b, 0);
    const row = fc.record({
      w: fc.double({ min: 0.5, max: 50, noNaN: true }),
      a: fc.integer({ min: 0, max: 2 }),
      b: fc.integer({ min: 0, max: 1 }),
      y: fc.integer({ min: 0, max: 2 }),
    });
    return fc.record({
      strata: fc.constant(strata),
      rows: fc.array(row, { minLength: n, maxLength: n }),
      popA: fc.array(fc.double({ min: 10, max: 1000, noNaN: true }), { minLength: 3, maxLength: 3 }),
      popB: fc.array(fc.double({ min: 10, max: 1000, noNaN: true }), { minLength: 2, maxLength: 2 }),
    });
  });

export type Sample = typeof sample extends fc.Arbitrary<infer T> ? T : never;

/** The design of a generated sample: its strata and PSUs, its weights, no fpc, no calibration. */
export function designOf(s: Sample): SurveyDesign {
  const stratum: number[] = [];
  const psu: number[] = [];
  const psuStratum: number[] = [];
  s.strata.forEach((sizes, h) => {
    for (const size of sizes) {
      for (let r = 0; r < size; r++) {
        stratum.push(h);
        psu.push(psuStratum.length);
      }
      psuStratum.push(h);
    }
  });
  return {
    n: s.rows.length,
    weights: Float64Array.from(s.rows, (r) => r.w),
    stratum: Int32Array.from(stratum),
    psu: Int32Array.from(psu),
    psuStratum: Int32Array.from(psuStratum),
    psuCount: Int32Array.from(s.strata, (sizes) => sizes.length),
    fraction: new Float64Array(s.strata.length),
    strataLabels: s.strata.map((_, h) => `s${h}`),
    psuLabels: psuStratum.map((_, p) => `p${p}`),
    lonelyPsu: 'fail',
    weighted: true,
    clustered: true,
    calibration: [],
    issues: [],
  };
}

/** The cells and population of a variable, over the levels present in the sample. */
export function cellsOf(s: Sample, key: 'a' | 'b', pop: number[], total?: number) {
  const levels = ['x', 'y', 'z'].slice(0, pop.length);
  const present = levels.filter((_, c) => s.rows.some((r) => r[key] === c));
  let population = Object.fromEntries(present.map((l) => [l, pop[levels.indexOf(l)]!]));
  if (total !== undefined) {
    const sum = Object.values(population).reduce((x, y) => x + y, 0);
    population = Object.fromEntries(Object.entries(population).map(([l, v]) => [l, (v * total) / sum]));
  }
  return { codes: Int32Array.from(s.rows, (r) => r[key]), levels, population };
}
