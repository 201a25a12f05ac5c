import { describe, expect, it } from 'vitest';
import { likelihoodInterval } from '../../../src/estimate/ci/likelihood-interval.ts';
import { tQuantile } from '../../../src/estimate/ci/quantiles.ts';
import { d1Input } from './reference.ts';

/** Left side minus right side of the Rao–Scott equation of methods.md §3, at π. */
function residual(p: number, V: number, n: number, df: number, pi: number): number {
  const t = tQuantile(0.975, df);
  const lhs = 2 * n * (p * Math.log(p / pi) + (1 - p) * Math.log((1 - p) / (1 - pi)));
  const rhs = t * t * ((n * V) / (p * (1 - p))) * (n / (n - 1));
  return lhs - rhs;
}

describe('likelihoodInterval', () => {
  it('likelihoodInterval(D1) solves 2n·KL(p̂‖π) = t²λφ at both ends, to 1e-12 in π', () => {
    const input = d1Input();
    const { estimate: p, variance: V } = input;
    const r = likelihoodInterval(input);
    for (const end of [r.low, r.high]) {
      expect(Math.abs(residual(p, V, 16, 5, end))).toBeLessThan(1e-9);
      // the residual changes sign within 1e-12 of each end
      expect(Math.sign(residual(p, V, 16, 5, end - 1e-12))).not.toBe(
        Math.sign(residual(p, V, 16, 5, end + 1e-12)),
      );
    }
  });

  it('likelihoodInterval(p 1e-6, SE 1e-6, n 5000) keeps relative accuracy near 0', () => {
    const r = likelihoodInterval({
      estimate: 1e-6,
      variance: 1e-12,
      df: 40,
      level: 0.95,
      n: 5000,
      weighted: true,
    });
    expect(r.low).toBeGreaterThan(0);
    expect(r.low).toBeLessThan(1e-6);
    expect(Math.abs(residual(1e-6, 1e-12, 5000, 40, r.low))).toBeLessThan(1e-9);
    expect(Math.abs(residual(1e-6, 1e-12, 5000, 40, r.high))).toBeLessThan(1e-9);
  });
});
