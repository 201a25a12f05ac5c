import { clopperPearson } from '../ci/clopper-pearson.ts';
import { tQuantile } from '../ci/quantiles.ts';

/** Inputs of the NCHS 2017 presentation standard for one proportion. */
export interface NchsInput {
  /** Design-based estimate p̂ in [0, 1]. */
  estimate: number;
  /** Design-based standard error. */
  se: number;
  /** Unweighted denominator sample size. */
  n: number;
  /** Design df of the domain; `undefined` when unknown (then no df rule and no df adjustment). */
  df?: number;
}

/** Options of {@link nchsProportion}. */
export interface NchsOptions {
  /** Adjust the effective n for the design df (default true; NHIS-style systems skip it). */
  dfAdjust?: boolean;
  /** p̂ = 0 (or 1) with CIW > 0.05: `review` as NCHS's SAS macro (default) or `suppress` as surveytable. */
  zeroRule?: 'review' | 'suppress';
}

/** The outcome of the NCHS flow, with the quantities it used. */
export interface NchsResult {
  nEff: number;
  nEffDf: number;
  ciLow: number;
  ciHigh: number;
  ciw: number;
  /** CIW / p̂; null at p̂ = 0. */
  rciw: number | null;
  suppress: boolean;
  review: boolean;
  complementFootnote: boolean;
  /** Why it is suppressed: `n-eff` (< 30), `ciw` (≥ 0.30), `rciw` (> 130%), or null. */
  reason: 'n-eff' | 'ciw' | 'rciw' | null;
}

/**
 * NCHS Data Presentation Standards for Proportions (Parker et al. 2017), as NCHS's SAS macro and CDC's
 * surveytable implement them (methods.md §9.1): effective n capped at n, df-adjusted effective n,
 * Korn–Graubard 95% interval on it, then suppress if n_eff < 30, or CIW ≥ 0.30, or (CIW > 0.05 and
 * RCIW > 130%); review when df < 8 or p̂ is 0 or 1; complement footnote when CIW/(1 − p̂) > 130%.
 *
 * @param effective - the effective sizes of `input` ({@link nchsEffectiveN}), when already computed
 * @example nchsProportion({ estimate: 0.1, se: 0.02, n: 400, df: 30 }).suppress // false
 */
export function nchsProportion(
  input: NchsInput,
  options: NchsOptions = {},
  effective: { nEff: number; nEffDf: number } = nchsEffectiveN(input, options),
): NchsResult {
  const { estimate: p, df } = input;
  const { nEff, nEffDf } = effective;
  const ci = clopperPearson(p * nEffDf, nEffDf, 0.95);
  const ciLow = p <= 0 ? 0 : ci.low;
  const ciHigh = p >= 1 ? 1 : ci.high;
  const ciw = ciHigh - ciLow;
  const rciw = p > 0 ? ciw / p : null;
  let reason: NchsResult['reason'] = null;
  if (nEff < 30) reason = 'n-eff';
  else if (ciw >= 0.3) reason = 'ciw';
  else if (ciw > 0.05) {
    if (rciw === null ? options.zeroRule === 'suppress' : rciw > 1.3) reason = 'rciw';
  }
  const suppress = reason !== null;
  const review = !suppress && ((df !== undefined && df < 8) || p <= 0 || p >= 1);
  const complementFootnote = !suppress && ciw > 0.05 && p < 1 && ciw / (1 - p) > 1.3;
  return { nEff, nEffDf, ciLow, ciHigh, ciw, rciw, suppress, review, complementFootnote, reason };
}

/**
 * The effective sample sizes of the NCHS flow ({@link nchsProportion}): `nEff` = p̂(1 − p̂)/SE² capped
 * at n (n itself at a boundary: p̂ of 0 or 1, or SE 0), and `nEffDf`, adjusted for the design df by
 * (t_{0.975, n−1} / t_{0.975, df})², on which the interval is computed.
 *
 * @param input - estimate, SE, n and df
 * @param options - `dfAdjust` (default true)
 * @returns both effective sizes, and whether the estimate is at a boundary
 * @example nchsEffectiveN({ estimate: 0.1, se: 0.02, n: 400, df: 30 }).nEff // 225
 */
export function nchsEffectiveN(
  input: NchsInput,
  options: Pick<NchsOptions, 'dfAdjust'> = {},
): { nEff: number; nEffDf: number; boundary: boolean } {
  const { estimate: p, se, n, df } = input;
  const boundary = p <= 0 || p >= 1 || se === 0;
  const raw = boundary ? n : (p * (1 - p)) / (se * se);
  const adjust =
    options.dfAdjust !== false && df !== undefined && df > 0 && n > 1 && !boundary
      ? (tQuantile(0.975, n - 1) / tQuantile(0.975, df)) ** 2
      : 1;
  return { nEff: Math.min(n, raw), nEffDf: Math.min(n, raw * adjust), boundary };
}
