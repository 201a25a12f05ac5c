import type { BpsThresholds, ReliabilityAssessment, ReliabilityRow } from './reliability-types.ts';

/**
 * BPS relative-standard-error convention: RSE = se / estimate; RSE ≤ maxUsable (25%) is usable,
 * maxUsable < RSE ≤ maxCaution (50%) is `caution` (reason `rse-caution`), RSE > maxCaution is `unreliable`
 * (reason `rse-unreliable`).
 * At estimate 0 the RSE is undefined: the level is `review` (reason `rse-undefined`), because a zero
 * share is neither shown reliable nor unreliable by its RSE and a person should judge it (NCHS reviews
 * zeros too). `df-low` is reported when df < minDf, whatever the level.
 * @param row - Estimate, SE and design df.
 * @param t - Thresholds; see {@link BpsThresholds}.
 * @returns The level and the reasons.
 * @example assessBps({ estimate: 0.1, se: 0.03, n_unweighted: 400, df: 30 }, reliabilityStandards.bps.defaults)
 * // { level: 'caution', reasons: ['rse-caution'] }
 */
export function assessBps(row: ReliabilityRow, t: BpsThresholds): ReliabilityAssessment {
  const { estimate: p, se, df } = row;
  if (p === null || se === null) return { level: 'ok', reasons: [] };
  const dfLow = df < t.minDf ? ['df-low'] : [];
  if (p === 0) return { level: 'review', reasons: ['rse-undefined', ...dfLow] };
  const rse = se / Math.abs(p);
  if (rse <= t.maxUsable) return { level: 'ok', reasons: dfLow };
  if (rse <= t.maxCaution) return { level: 'caution', reasons: ['rse-caution', ...dfLow] };
  return { level: 'unreliable', reasons: ['rse-unreliable', ...dfLow] };
}
