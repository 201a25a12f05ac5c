import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';
import { criticalT } from './critical-t.ts';
import { expit } from './expit.ts';

/**
 * Logit interval `expit(logit(p̂) ± t·√V/(p̂(1−p̂)))` with `t = t_{1−α/2, df}`, as R's
 * `svyciprop(method = "logit")` (its glm intercept's sandwich SE equals this delta-method SE) and
 * `"xlogit"`. For 0 < p̂ < 1 and V > 0; {@link proportionInterval} handles the boundaries.
 * @param input - Estimate, variance, df and level.
 * @returns The interval; flagged `df-zero` (and [0, 1]) when df is 0.
 * @example logitInterval({ estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true })
 */
export function logitInterval(input: CiInput): CiResult {
  const p = input.estimate;
  const eta = Math.log(p) - Math.log1p(-p);
  const half = (criticalT(input.level, input.df) * Math.sqrt(input.variance)) / (p * (1 - p));
  return { low: expit(eta - half), high: expit(eta + half), flags: input.df > 0 ? [] : ['df-zero'] };
}
