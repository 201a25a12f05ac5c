import type { CiResult } from './ci-result.ts';
import { clopperPearson } from './clopper-pearson.ts';
import { isZeroVariance } from './guarded-interval.ts';
import { tQuantile } from './quantiles.ts';

/** Input of {@link kornGraubardInterval}. */
export interface KornGraubardInput {
  /** Estimated proportion p̂ in [0, 1]. */
  estimate: number;
  /** Design-based variance of p̂, >= 0. */
  variance: number;
  /** Sample size of the df adjustment `t_{α/2, n−1}`: `nrow(design)` in R, the unweighted denominator for NCHS. */
  n: number;
  /** Design df (`degf`); Infinity allowed. */
  df: number;
  /** Confidence level in (0, 1), e.g. 0.95. */
  level: number;
  /** Cap n_eff and n* at `n`, as the NCHS standard does (default false, as R). */
  capAtN?: boolean;
  /** Multiply n_eff by `(t_{α/2,n−1}/t_{α/2,df})²` (default true; NCHS's NHIS variant skips it). */
  dfAdjust?: boolean;
}

/**
 * Korn–Graubard interval: `n_eff = p̂(1−p̂)/V`, `n* = n_eff·(t_{α/2,n−1}/t_{α/2,df})²`, then
 * Clopper–Pearson with x = n*·p̂ successes out of n*. With the defaults this is R's
 * `svyciprop(method = "beta")` (no cap on n*); `capAtN: true` gives the NCHS 2017 standard.
 * When p̂ is 0 or 1, or V = 0, n_eff = n* = n and the interval is Clopper–Pearson on n, flagged
 * `boundary` (R returns NaN). When df is 0 (or n is 1) the adjustment makes n* = 0 and the interval
 * is [0, 1], flagged `df-zero`.
 * @param input - See {@link KornGraubardInput}.
 * @returns The interval with `nEff` (after the cap, before the df adjustment) and `nStar`.
 * @example
 * kornGraubardInterval({ estimate: 0.1, variance: 0.0004, n: 400, df: 30, level: 0.95, capAtN: true })
 * // nEff 225, nStar 208.4923…, low 0.0628545…, high 0.1490008…
 */
export function kornGraubardInterval(input: KornGraubardInput): CiResult {
  const { estimate: p, variance, n, df, level } = input;
  const cap = input.capAtN ?? false;
  if (p <= 0 || p >= 1 || isZeroVariance(variance, p)) {
    return { ...clopperPearson(p * n, n, level), flags: ['boundary'], nEff: n, nStar: n };
  }
  const raw = (p * (1 - p)) / variance;
  const nEff = cap ? Math.min(n, raw) : raw;
  if (input.dfAdjust === false) return withShares(p, nEff, nEff, level);
  if (!(df > 0) || !(n > 1)) return { low: 0, high: 1, flags: ['df-zero'], nEff, nStar: 0 };
  const alpha = 1 - level;
  const ratio = tQuantile(alpha / 2, n - 1) / tQuantile(alpha / 2, df);
  const adjusted = raw * ratio * ratio;
  return withShares(p, nEff, cap ? Math.min(n, adjusted) : adjusted, level);
}

function withShares(p: number, nEff: number, nStar: number, level: number): CiResult {
  return { ...clopperPearson(nStar * p, nStar, level), flags: [], nEff, nStar };
}
