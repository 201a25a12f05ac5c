/**
 * A confidence-interval method for a proportion. `logit` is the default (as R's `svyciprop`);
 * `wilson` and `clopper-pearson` are the classical binomial intervals, computed with the effective
 * sample size for weighted or clustered data. See {@link ciMethods} for each one's description.
 * @example const m: CiMethod = 'beta';
 */
export type CiMethod =
  | 'logit'
  | 'likelihood'
  | 'asin'
  | 'beta'
  | 'mean'
  | 'xlogit'
  | 'wilson'
  | 'clopper-pearson';
