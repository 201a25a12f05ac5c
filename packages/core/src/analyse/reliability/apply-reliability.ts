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
  const key = JSON.stringify([chosen.standard, chosen.thresholds]);
  return rows.map((row) => {
    const known = assessed.get(row);
    const assessment =
      known && known.key === key && sameInputs(known.row, row)
        ? known.assessment
        : def.assess(row, chosen.thresholds);
    const out = {
      ...row,
      flags: [...row.flags.filter((f) => !isReliabilityFlag(f)), ...flagsOf(assessment, chosen.standard)],
    };
    assessed.set(out, {
      key,
      row: { estimate: row.estimate, se: row.se, n_unweighted: row.n_unweighted, df: row.df },
      assessment,
    });
    return out;
  });
}

/**
 * The assessment of each row this function returned, with the standard and thresholds (`key`) and the
 * inputs it was made on: rows flagged again under the same standard (an estimate's rows, published
 * with the default thresholds) are not assessed twice. A row whose inputs were changed since is.
 */
const assessed = new WeakMap<
  object,
  { key: string; row: ReliabilityRow; assessment: ReliabilityAssessment }
>();

function sameInputs(a: ReliabilityRow, b: ReliabilityRow): boolean {
  return (
    Object.is(a.estimate, b.estimate) &&
    Object.is(a.se, b.se) &&
    Object.is(a.n_unweighted, b.n_unweighted) &&
    Object.is(a.df, b.df)
  );
}

function flagsOf(a: ReliabilityAssessment, standard: string): string[] {
  const flags: string[] = [];
  if (a.level === 'unreliable' || a.level === 'caution') flags.push(`${a.level}:${standard}`);
  if (a.level === 'review') flags.push('review');
  for (const reason of ['df-low', 'complement-footnote']) if (a.reasons.includes(reason)) flags.push(reason);
  return flags;
}
