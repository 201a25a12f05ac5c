import { bisectRoot } from './bisect-root.ts';
import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';
import { criticalT } from './critical-t.ts';
import { expit } from './expit.ts';

// Roots are found on the log-odds scale, where a step of 1e-12 moves π by at most 2.5e-13 and keeps
// relative accuracy near 0 and 1; 4096 log-odds units past p̂, π underflows and the bracket is certain.
const TOLERANCE = 1e-12;
const MAX_STEP = 4096;

/**
 * Rao–Scott scaled profile-likelihood interval: the two solutions π of
 * `2n[p̂·ln(p̂/π) + (1−p̂)·ln((1−p̂)/(1−π))] = t²·λ·φ̂`, with `λ = n·V/(p̂(1−p̂))`, `φ̂ = n/(n−1)`
 * and `t = t_{1−α/2, df}`, solved by bisection to 1e-12. R's `svyciprop(method = "likelihood")`
 * interpolates a coarse profile and agrees to about 1e-6. For 0 < p̂ < 1 and V > 0.
 * @param input - Estimate, variance, df, level and the unweighted domain n (rows in R's fitted model).
 * @returns The interval; [0, 1] flagged `df-zero` when df is 0.
 * @example likelihoodInterval({ estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true })
 */
export function likelihoodInterval(input: CiInput): CiResult {
  const { estimate: p, variance, n } = input;
  const flags = input.df > 0 ? [] : ['df-zero'];
  const t = criticalT(input.level, input.df);
  const target = (t * t * n * variance) / (2 * (n - 1) * p * (1 - p));
  if (!(n > 1) || !(target < Number.POSITIVE_INFINITY)) return { low: 0, high: 1, flags };
  const excess = (eta: number): number => {
    const pi = expit(eta);
    const rest = expit(-eta);
    return p * Math.log1p((p - pi) / pi) + (1 - p) * Math.log1p((pi - p) / rest) - target;
  };
  const centre = Math.log(p) - Math.log1p(-p);
  return { low: expit(root(excess, centre, -1)), high: expit(root(excess, centre, 1)), flags };
}

function root(excess: (eta: number) => number, centre: number, direction: -1 | 1): number {
  let inner = centre;
  let step = 1;
  while (excess(centre + direction * step) < 0 && step < MAX_STEP) {
    inner = centre + direction * step;
    step *= 2;
  }
  return bisectRoot(excess, inner, centre + direction * step, TOLERANCE);
}
