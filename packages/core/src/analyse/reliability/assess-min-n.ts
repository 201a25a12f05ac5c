import type { MinNThresholds, ReliabilityAssessment, ReliabilityRow } from './reliability-types.ts';

/**
 * Minimum-n rule: `unreliable` (reason `n`) when the unweighted base `n_unweighted` is below minN.
 * `df-low` is reported when df < minDf, whatever the level.
 * @param row - Estimate, unweighted base and design df.
 * @param t - Thresholds; see {@link MinNThresholds}.
 * @returns The level and the reasons.
 * @example assessMinN({ estimate: 0.5, se: 0.1, n_unweighted: 29, df: 20 }, { minN: 30, minDf: 8 })
 * // { level: 'unreliable', reasons: ['n'] }
 */
export function assessMinN(row: ReliabilityRow, t: MinNThresholds): ReliabilityAssessment {
  if (row.estimate === null) return { level: 'ok', reasons: [] };
  const dfLow = row.df < t.minDf ? ['df-low'] : [];
  if (row.n_unweighted < t.minN) return { level: 'unreliable', reasons: ['n', ...dfLow] };
  return { level: 'ok', reasons: dfLow };
}
