import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';

/**
 * A binomial interval (Wilson, Clopper–Pearson) applied to a survey estimate: on unweighted data
 * with x = p̂·n successes of the unweighted n, on weighted or clustered data with the effective
 * sample size `n_eff = p̂(1−p̂)/V` in place of n (no df adjustment). For 0 < p̂ < 1 and V > 0.
 * @param input - Estimate, variance, n, level and `weighted`.
 * @param formula - `(x, n, level) => { low, high }`, e.g. {@link wilsonInterval}.
 * @returns The interval with the `nEff` used.
 * @example binomialInterval({ estimate: 7 / 16, variance: 0.0164, df: 15, level: 0.95, n: 16, weighted: false }, wilsonInterval)
 */
export function binomialInterval(
  input: CiInput,
  formula: (x: number, n: number, level: number) => { low: number; high: number },
): CiResult {
  const p = input.estimate;
  const nEff = input.weighted ? (p * (1 - p)) / input.variance : input.n;
  return { ...formula(p * nEff, nEff, input.level), flags: [], nEff };
}
