import { MinatError } from '../../errors/minat-error.ts';
import type { NormalizedReliability } from './normalized-reliability.ts';
import { reliabilityStandards } from './reliability-standards.ts';
import type { ReliabilityStandard, ThresholdParameter } from './reliability-types.ts';

/**
 * Reads a reliability standard and its thresholds as users write them: the name case-insensitively,
 * thresholds as numbers, numeric strings, `true`/`false` or choice names; missing thresholds take the
 * standard's defaults.
 * @param name - `nchs` (default), `bps` or `min-n`.
 * @param thresholds - Some thresholds of that standard, e.g. `{ maxCaution: 0.4 }`.
 * @returns The standard with every threshold.
 * @throws MinatError `option-invalid` naming the bad name, threshold or value and the allowed ones.
 * @example normalizeReliability('BPS', { maxCaution: '0.4' })
 * // { standard: 'bps', thresholds: { maxUsable: 0.25, maxCaution: 0.4, minDf: 8 } }
 */
export function normalizeReliability(
  name: string = 'nchs',
  thresholds: Record<string, unknown> = {},
): NormalizedReliability {
  const key = String(name).trim().toLowerCase();
  if (!Object.hasOwn(reliabilityStandards, key)) {
    const expected = Object.keys(reliabilityStandards).join(', ');
    throw new MinatError(
      'option-invalid',
      `invalid reliability ${JSON.stringify(name)}: expected one of ${expected}`,
      { value: String(name), expected },
    );
  }
  const standard = key as ReliabilityStandard;
  const def = reliabilityStandards[standard];
  const parameters = def.parameters as Record<string, ThresholdParameter>;
  const out: Record<string, unknown> = { ...def.defaults };
  for (const [param, value] of Object.entries(thresholds)) {
    if (value === undefined) continue;
    const spec = parameters[param];
    if (!spec) {
      const expected = Object.keys(parameters).join(', ');
      throw new MinatError(
        'option-invalid',
        `invalid ${standard} threshold ${JSON.stringify(param)}: expected one of ${expected}`,
        { value: param, expected },
      );
    }
    out[param] = readThreshold(standard, param, value, spec);
  }
  const check = def.check as ((t: unknown) => { problem: string; expected: string } | undefined) | undefined;
  const misfit = check?.(out);
  if (misfit) {
    throw new MinatError(
      'option-invalid',
      `invalid ${standard} thresholds: ${misfit.problem}; expected ${misfit.expected}`,
      { value: JSON.stringify(thresholds), expected: misfit.expected },
    );
  }
  return { standard, thresholds: out } as unknown as NormalizedReliability;
}

function readThreshold(standard: string, param: string, value: unknown, spec: ThresholdParameter): unknown {
  const fail = (expected: string): never => {
    throw new MinatError(
      'option-invalid',
      `invalid ${standard} threshold ${param} ${JSON.stringify(value)}: expected ${expected}`,
      { value: String(value), expected },
    );
  };
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (spec.kind === 'boolean') {
    if (text === true || text === 'true') return true;
    if (text === false || text === 'false') return false;
    return fail('true or false');
  }
  if (spec.kind === 'choice') {
    if (typeof text === 'string' && spec.values.includes(text)) return text;
    return fail(`one of ${spec.values.join(', ')}`);
  }
  const range = `${spec.integer ? 'an integer' : 'a number'} ≥ ${spec.min}${spec.max === undefined ? '' : ` and ≤ ${spec.max}`}`;
  const x =
    typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : Number.NaN;
  if (!Number.isFinite(x) || x < spec.min || (spec.max !== undefined && x > spec.max)) return fail(range);
  if (spec.integer && !Number.isInteger(x)) return fail(range);
  return x;
}
