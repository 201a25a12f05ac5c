import type { CiInput } from './ci-input.ts';
import type { CiMethod } from './ci-method.ts';
import { ciMethods } from './ci-methods.ts';
import type { CiResult } from './ci-result.ts';

/**
 * Confidence interval for one design-based proportion by the chosen method (see {@link ciMethods}).
 * Matches R's `svyciprop` for interior estimates; at p̂ = 0 or 1, or V = 0, returns Clopper–Pearson
 * on the unweighted n with flag `boundary`; for an empty domain NaN bounds with flag `empty`.
 * Always `0 <= low <= p̂ <= high <= 1`.
 * @param input - Estimate, variance, df, level and sample sizes; see {@link CiInput}.
 * @param method - The method (default of callers: `logit`).
 * @returns The interval, its flags, and for `beta` the effective sizes `nEff` and `nStar`.
 * @throws MinatError `option-invalid` when the level, estimate, variance, df or n is out of range.
 * @example
 * proportionInterval({ estimate: 0.4222222, variance: 0.0597644 ** 2, df: 5, level: 0.95, n: 16, weighted: true }, 'logit')
 * // { low: 0.2802114…, high: 0.5783729…, flags: [] }
 */
export function proportionInterval(input: CiInput, method: CiMethod): CiResult {
  return ciMethods[method].compute(input);
}
