import { describe, expect, it } from 'vitest';
import { replicateVariance } from '../../../src/design/replicates/replicate-variance.ts';

describe('replicateVariance', () => {
  const thetas = Float64Array.of(0.3, 0.5, 0.4, 0.6);
  it('centres on the mean of the replicates by default: scale · Σ rscale (θ − θ̄)²', () => {
    // θ̄ = 0.45; deviations −0.15, 0.05, −0.05, 0.15 → squares 0.0225, 0.0025, 0.0025, 0.0225
    const v = replicateVariance(thetas, 0.4, 2, Float64Array.of(1, 1, 0.5, 0.5), false);
    expect(v).toBeCloseTo(2 * (0.0225 + 0.0025 + 0.5 * 0.0025 + 0.5 * 0.0225), 15);
  });

  it('mse = true centres on the full-sample estimate', () => {
    const v = replicateVariance(thetas, 0.4, 1, new Float64Array(4).fill(1), true);
    expect(v).toBeCloseTo(0.01 + 0.01 + 0 + 0.04, 15);
  });

  it('the mean uses only replicates with rscale > 0, as R’s svrVar', () => {
    const v = replicateVariance(Float64Array.of(0.2, 0.4, 1), 0, 1, Float64Array.of(1, 1, 0), false);
    expect(v).toBeCloseTo(0.01 + 0.01, 15);
  });

  it('leaves out NaN replicates; NaN when none is left; rejects mismatched rscales', () => {
    expect(
      replicateVariance(Float64Array.of(0.2, Number.NaN, 0.4), 0, 1, new Float64Array(3).fill(1), false),
    ).toBeCloseTo(0.02, 15);
    expect(replicateVariance(Float64Array.of(Number.NaN), 0, 1, Float64Array.of(1), true)).toBeNaN();
    expect(() => replicateVariance(thetas, 0, 1, Float64Array.of(1), false)).toThrow(
      /rscales has 1 values for 4/,
    );
  });
});
