import { type SurveyDesign, stratifiedCovariance } from '@minat/core';
import { describe, expect, it } from 'vitest';

/** PSUs 0–2 in stratum 0, PSUs 3–4 in stratum 1 (and `extra` more strata of two PSUs), f_h = 0. */
function design(extra = 0): SurveyDesign {
  const psuStratum = [0, 0, 0, 1, 1];
  for (let h = 0; h < extra; h++) psuStratum.push(2 + h, 2 + h);
  const H = 2 + extra;
  const counts = Array.from({ length: H }, (_, h) => psuStratum.filter((s) => s === h).length);
  return {
    n: psuStratum.length,
    weights: new Float64Array(psuStratum.length).fill(1),
    stratum: Int32Array.from(psuStratum),
    psu: Int32Array.from(psuStratum, (_, p) => p),
    psuStratum: Int32Array.from(psuStratum),
    psuCount: Int32Array.from(counts),
    fraction: new Float64Array(H),
    strataLabels: counts.map((_, h) => `S${h}`),
    psuLabels: psuStratum.map((_, p) => `P${p}`),
    lonelyPsu: 'fail',
    weighted: false,
    clustered: true,
    calibration: [],
    issues: [],
  };
}

describe('stratifiedCovariance', () => {
  it('stratifiedCovariance of sparse totals is the hand calculation of methods.md §1.3 (absent PSUs are zeros)', () => {
    // Stratum 0: totals 1, 3 and (absent) 0, mean 4/3, squared deviations 14/3, times 3/2 = 7.
    // Stratum 1: totals 2 and (absent) 0, mean 1, squared deviations 2, times 2/1 = 4.
    const v = stratifiedCovariance(design(), Int32Array.of(0, 1, 3), Float64Array.of(1, 3, 2), 1);
    expect(v[0]).toBeCloseTo(11, 12);
  });

  it('stratifiedCovariance gives the same result after calls on other designs and K (its scratch is cleared)', () => {
    const first = stratifiedCovariance(design(), Int32Array.of(0, 1, 3), Float64Array.of(1, 3, 2), 1)[0];
    const wide = design(40);
    const psus = Int32Array.from({ length: 80 }, (_, j) => 5 + j);
    const totals = Float64Array.from({ length: 80 * 3 }, (_, j) => (j % 7) - 3);
    stratifiedCovariance(wide, psus, totals, 3);
    stratifiedCovariance(wide, psus, totals, 3, true);
    expect(stratifiedCovariance(design(), Int32Array.of(0, 1, 3), Float64Array.of(1, 3, 2), 1)[0]).toBe(
      first,
    );
    // Two estimators: the covariance of (1, 3, 0 | 2, 0) with itself is its variance.
    const two = stratifiedCovariance(design(), Int32Array.of(0, 1, 3), Float64Array.of(1, 1, 3, 3, 2, 2), 2);
    expect(Array.from(two)).toEqual([first, first, first, first]);
  });
});
