import { describe, expect, it } from 'vitest';
import {
  BETA_REMEMBERED,
  betaQuantile,
  chisquareCdf,
  chisquareQuantile,
  fCdf,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from '../../../src/estimate/ci/quantiles.ts';

// Reference values from R 4.2.2 (qt, pt, qnorm, pnorm, qbeta, pf, pchisq, qchisq), printed with 17 digits.
describe('quantiles', () => {
  it('tQuantile(0.975, 5) and tQuantile(0.995, 3.5) equal R qt', () => {
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.5705818356363137, 13);
    expect(tQuantile(0.995, 3.5)).toBeCloseTo(5.0857022230912561, 12);
  });

  it('tQuantile(0.975, Infinity) and tQuantile(0.975, 1e20) are the normal quantile (stdlib gives NaN and 0)', () => {
    expect(tQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.9599639845400536, 14);
    expect(tQuantile(0.975, 1e20)).toBeCloseTo(1.9599639845400536, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 14);
  });

  it('tQuantile(0.975, 0) is NaN', () => {
    expect(tQuantile(0.975, 0)).toBeNaN();
  });

  it('tCdf, normalCdf equal R pt, pnorm', () => {
    expect(tCdf(2.1, 5)).toBeCloseTo(0.95512337505770062, 13);
    expect(tCdf(-1.3, 2.5)).toBeCloseTo(0.15024339463535397, 13);
    expect(tCdf(1.1, Number.POSITIVE_INFINITY)).toBeCloseTo(0.86433393905361733, 13);
    expect(normalCdf(1.1)).toBeCloseTo(0.86433393905361733, 13);
  });

  it('betaQuantile equals R qbeta for non-integer and small shapes', () => {
    expect(betaQuantile(0.025, 19.82, 27.13)).toBeCloseTo(0.286179355869356, 13);
    expect(betaQuantile(0.975, 0.5, 1000)).toBeCloseTo(0.0025094171617634858, 15);
  });

  it('betaQuantile gives the same R qbeta values when asked again, also after more quantiles than it remembers', () => {
    // R: qbeta(0.025, 19.82, 27.13), qbeta(0.975, 0.5, 1000)
    const first = [betaQuantile(0.025, 19.82, 27.13), betaQuantile(0.975, 0.5, 1000)];
    for (let i = 0; i < BETA_REMEMBERED + 10; i++) betaQuantile(0.5, 1 + i / 100, 2);
    // Beta(1, 1) is uniform: every quantile is p itself.
    expect(betaQuantile(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(betaQuantile(0.025, 19.82, 27.13)).toBe(first[0]);
    expect(betaQuantile(0.975, 0.5, 1000)).toBe(first[1]);
    expect(first[0]).toBeCloseTo(0.286179355869356, 13);
    expect(betaQuantile(0.025, 19.82, 27.13)).toBe(first[0]);
  });

  it('fCdf, chisquareCdf, chisquareQuantile equal R pf, pchisq, qchisq', () => {
    expect(fCdf(3, 2, 10)).toBeCloseTo(0.904632568359375, 13);
    expect(fCdf(1.7, 3.5, 20.2)).toBeCloseTo(0.80608967286397615, 12);
    expect(chisquareCdf(3.2, 1)).toBeCloseTo(0.92636172987969723, 13);
    expect(chisquareCdf(7.5, 4.5)).toBeCloseTo(0.85351215151053272, 13);
    expect(chisquareQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 12);
    expect(chisquareQuantile(0.9, 7.3)).toBeCloseTo(12.423036289476192, 11);
  });
});
