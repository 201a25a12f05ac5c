import type { ReliabilityStandard, ReliabilityThresholds } from './reliability-types.ts';

/**
 * A reliability standard with all its thresholds filled in and checked, as {@link normalizeReliability}
 * returns it; `standard` tells which thresholds these are.
 * @example const r: NormalizedReliability = { standard: 'min-n', thresholds: { minN: 50, minDf: 8 } };
 */
export type NormalizedReliability = {
  [K in ReliabilityStandard]: { standard: K; thresholds: ReliabilityThresholds[K] };
}[ReliabilityStandard];
