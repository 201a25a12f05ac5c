import { clopperPearsonBeyond, clopperPearsonWithin } from '../../estimate/ci/clopper-pearson-width.ts';
import { nchsEffectiveN, nchsProportion } from '../../estimate/reliability/nchs-proportion.ts';
import type { NchsThresholds, ReliabilityAssessment, ReliabilityRow } from './reliability-types.ts';

/**
 * NCHS 2017 presentation standard for a proportion (methods.md §9.1) with configurable thresholds:
 * `unreliable` when n_eff < minNEff (`n-eff`), CIW ≥ maxCiw (`ciw`), or CIW > narrowCiw and
 * CIW/p̂ > maxRciw (`rciw`; at p̂ = 0 `rciw-undefined` under zeroRule `suppress`); among presentable
 * estimates `review` when df < minDf (`df-low`) or p̂ is 0 or 1 (`boundary`), and the reason
 * `complement-footnote` when CIW > narrowCiw and CIW/(1 − p̂) > maxRciw. `df-low` is reported whatever
 * the level. The quantities (n_eff, Korn–Graubard interval) come from {@link nchsProportion}.
 * @param row - Estimate, SE, unweighted base n and design df.
 * @param t - Thresholds; see {@link NchsThresholds}.
 * @returns The level and the reasons.
 * @example assessNchs({ estimate: 0.2, se: 0.03, n_unweighted: 500, df: 5 }, reliabilityStandards.nchs.defaults)
 * // { level: 'review', reasons: ['df-low'] }
 */
export function assessNchs(row: ReliabilityRow, t: NchsThresholds): ReliabilityAssessment {
  const { estimate: p, se, n_unweighted: n, df } = row;
  if (p === null || se === null || !(n > 0)) return { level: 'ok', reasons: [] };
  const dfLow = df < t.minDf;
  // Most cells of a large survey pass: when the interval is certainly narrower than every limit that
  // could apply to it, no rule but df-low can, and the interval need not be computed. Those limits:
  // narrowCiw (below it nothing else is asked, if it is below maxCiw), or else maxCiw, and the relative
  // widths maxRciw·p̂ (the estimate) and maxRciw·(1 − p̂) (the complement's footnote).
  const input = { estimate: p, se, n, df: Number.isNaN(df) ? undefined : df };
  const eff = nchsEffectiveN(input, { dfAdjust: t.dfAdjust });
  // The first rule needs no interval.
  if (eff.nEff < t.minNEff) return { level: 'unreliable', reasons: dfLow ? ['n-eff', 'df-low'] : ['n-eff'] };
  const passes = Math.max(
    t.narrowCiw < t.maxCiw ? t.narrowCiw : 0,
    Math.min(t.maxCiw, t.maxRciw * p, t.maxRciw * (1 - p)),
  );
  const x = p * eff.nEffDf;
  if (!eff.boundary && clopperPearsonWithin(x, eff.nEffDf, 0.95, passes))
    return { level: dfLow ? 'review' : 'ok', reasons: dfLow ? ['df-low'] : [] };
  // Likewise a small share with a wide interval: certainly narrower than maxCiw, and certainly wider
  // than narrowCiw and than maxRciw·p̂, it is unreliable by its relative width.
  if (
    !eff.boundary &&
    clopperPearsonWithin(x, eff.nEffDf, 0.95, t.maxCiw) &&
    clopperPearsonBeyond(x, eff.nEffDf, 0.95, Math.max(t.narrowCiw, t.maxRciw * p))
  )
    return { level: 'unreliable', reasons: dfLow ? ['rciw', 'df-low'] : ['rciw'] };
  const r = nchsProportion(input, { dfAdjust: t.dfAdjust }, eff);
  let reason: string | undefined;
  if (r.nEff < t.minNEff) reason = 'n-eff';
  else if (r.ciw >= t.maxCiw) reason = 'ciw';
  else if (r.ciw > t.narrowCiw) {
    if (r.rciw === null) reason = t.zeroRule === 'suppress' ? 'rciw-undefined' : undefined;
    else if (r.rciw > t.maxRciw) reason = 'rciw';
  }
  if (reason !== undefined) return { level: 'unreliable', reasons: dfLow ? [reason, 'df-low'] : [reason] };
  const reasons: string[] = [];
  if (dfLow) reasons.push('df-low');
  const boundary = p <= 0 || p >= 1;
  if (boundary) reasons.push('boundary');
  if (r.ciw > t.narrowCiw && p < 1 && r.ciw / (1 - p) > t.maxRciw) reasons.push('complement-footnote');
  return { level: dfLow || boundary ? 'review' : 'ok', reasons };
}
