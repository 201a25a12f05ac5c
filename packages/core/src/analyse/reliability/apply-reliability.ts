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
  const known = assessed.get(rows);
  const same = known?.key === key && known.inputs.length === rows.length * 4 ? known : undefined;
  const inputs: (number | null)[] = new Array(rows.length * 4);
  const assessments: ReliabilityAssessment[] = new Array(rows.length);
  const out = rows.map((row, i) => {
    const j = 4 * i;
    inputs[j] = row.estimate;
    inputs[j + 1] = row.se;
    inputs[j + 2] = row.n_unweighted;
    inputs[j + 3] = row.df;
    const assessment =
      same && sameInputs(same.inputs, j, row) ? same.assessments[i]! : def.assess(row, chosen.thresholds);
    assessments[i] = assessment;
    return {
      ...row,
      flags: [...row.flags.filter((f) => !isReliabilityFlag(f)), ...flagsOf(assessment, chosen.standard)],
    };
  });
  assessed.set(out, { key, inputs, assessments });
  return out;
}

/**
 * The assessments behind each array of rows this function returned, with the standard and thresholds
 * (`key`) and the inputs they were made on (estimate, SE, n, df of each row): the same rows flagged
 * again under the same standard (an estimate's rows, published with the default thresholds) are not
 * assessed twice. A row whose inputs were changed since is. One entry per array, not per row: a
 * weak map of every row cost more than it saved.
 */
const assessed = new WeakMap<
  readonly object[],
  { key: string; inputs: (number | null)[]; assessments: ReliabilityAssessment[] }
>();

function sameInputs(inputs: (number | null)[], j: number, row: ReliabilityRow): boolean {
  return (
    Object.is(inputs[j], row.estimate) &&
    Object.is(inputs[j + 1], row.se) &&
    Object.is(inputs[j + 2], row.n_unweighted) &&
    Object.is(inputs[j + 3], row.df)
  );
}

function flagsOf(a: ReliabilityAssessment, standard: string): string[] {
  const flags: string[] = [];
  if (a.level === 'unreliable' || a.level === 'caution') flags.push(`${a.level}:${standard}`);
  if (a.level === 'review') flags.push('review');
  for (const reason of ['df-low', 'complement-footnote']) if (a.reasons.includes(reason)) flags.push(reason);
  return flags;
}
