import { normalizeReliability } from './normalize-reliability.ts';
import { reliabilityStandards } from './reliability-standards.ts';
import type {
  ReliabilityAssessment,
  ReliabilityRow,
  ReliabilityStandardDefinition,
} from './reliability-types.ts';

const isReliabilityFlag = (f: string) =>
  f === 'review' ||
  f === 'df-low' ||
  f === 'complement-footnote' ||
  f.startsWith('unreliable:') ||
  f.startsWith('caution:');

/**
 * Flags every row under a reliability standard: `unreliable:<standard>` or `caution:<standard>` by the
 * assessment's level, `review`, and the reasons `df-low` and `complement-footnote` as flags of the same
 * name. Reliability flags a row already carries (of any standard) are replaced, so applying twice gives
 * the same rows; other flags (`boundary`, `lonely-psu:…`, `suppressed:…`) keep their place and the new
 * ones follow them. Numbers are never changed, and rows without an estimate get no reliability flags.
 * @param rows - Estimate rows (not modified).
 * @param standard - `nchs` (default), `bps` or `min-n`; see {@link reliabilityStandards}.
 * @param thresholds - Thresholds of that standard overriding its defaults.
 * @returns New rows with new `flags` arrays.
 * @throws MinatError `option-invalid` for an unknown standard or a bad threshold.
 * @example applyReliability(result.rows, 'bps', { maxCaution: 0.4 })[0].flags // e.g. ['caution:bps']
 */
export function applyReliability<R extends ReliabilityRow & { flags: string[] }>(
  rows: readonly R[],
  standard = 'nchs',
  thresholds: Record<string, unknown> = {},
): R[] {
  const chosen = normalizeReliability(standard, thresholds);
  const def = reliabilityStandards[chosen.standard] as ReliabilityStandardDefinition<unknown>;
  return rows.map((row) => ({
    ...row,
    flags: [
      ...row.flags.filter((f) => !isReliabilityFlag(f)),
      ...flagsOf(def.assess(row, chosen.thresholds), chosen.standard),
    ],
  }));
}

function flagsOf(a: ReliabilityAssessment, standard: string): string[] {
  const flags: string[] = [];
  if (a.level === 'unreliable' || a.level === 'caution') flags.push(`${a.level}:${standard}`);
  if (a.level === 'review') flags.push('review');
  for (const reason of ['df-low', 'complement-footnote']) if (a.reasons.includes(reason)) flags.push(reason);
  return flags;
}
