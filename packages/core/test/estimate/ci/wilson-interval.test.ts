import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/estimate/ci/wilson-interval.ts';
import { t22 } from './reference.ts';

describe('wilsonInterval', () => {
  it('wilsonInterval(7, 16, 0.95) equals prop.test(correct=FALSE) (T22) to 1e-9', () => {
    const r = wilsonInterval(7, 16, 0.95);
    expect(r.low).toBeCloseTo(t22().wilson_7_16![0], 9);
    expect(r.high).toBeCloseTo(t22().wilson_7_16![1], 9);
  });

  it('wilsonInterval(0, 16, 0.95) is exactly 0 below and equals prop.test above (T22)', () => {
    const r = wilsonInterval(0, 16, 0.95);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(t22().wilson_0_16![1], 9);
  });

  it('wilsonInterval(16, 16, 0.95) mirrors 0/16: [1 − 0.1936…, 1]', () => {
    const r = wilsonInterval(16, 16, 0.95);
    expect(r.low).toBeCloseTo(1 - t22().wilson_0_16![1], 9);
    expect(r.high).toBe(1);
  });

  it('wilsonInterval(28.84, 68.30, 0.95) accepts an effective sample size (formula in R)', () => {
    const nEff = 68.299451008806102;
    const r = wilsonInterval(0.422222222222222 * nEff, nEff, 0.95);
    expect(r.low).toBeCloseTo(0.31231397246136838, 9);
    expect(r.high).toBeCloseTo(0.54041370908680975, 9);
  });

  it('wilsonInterval(0.5e300, 1e300, 0.95) does not overflow: [0.5, 0.5] to double precision', () => {
    const r = wilsonInterval(0.5e300, 1e300, 0.95);
    expect(r.low).toBeCloseTo(0.5, 14);
    expect(r.high).toBeCloseTo(0.5, 14);
  });
});
