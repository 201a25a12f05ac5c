import { MinatError } from '../../errors/minat-error.ts';
import type { SuppressionOptions } from './suppression-types.ts';

/**
 * Checks and completes suppression options: thresholds are non-negative integers (defaults 5 and 30),
 * `zeros` is `keep` (default) or `suppress`.
 * @param options - As callers write them.
 * @returns Every option filled in.
 * @throws MinatError `option-invalid` naming the option, the bad value and what was expected.
 * @example normalizeSuppression({ numerator: 3 }) // { numerator: 3, denominator: 30, zeros: 'keep', nullColumns: [] }
 */
export function normalizeSuppression(options: SuppressionOptions = {}): Required<SuppressionOptions> {
  const count = (name: string, value: unknown): number => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    throw new MinatError(
      'option-invalid',
      `invalid suppression ${name} ${JSON.stringify(value)}: expected a whole number ≥ 0`,
      { value: String(value), expected: 'a whole number ≥ 0' },
    );
  };
  const zeros = options.zeros ?? 'keep';
  if (zeros !== 'keep' && zeros !== 'suppress') {
    throw new MinatError(
      'option-invalid',
      `invalid suppression zeros ${JSON.stringify(zeros)}: expected one of keep, suppress`,
      { value: String(zeros), expected: 'keep, suppress' },
    );
  }
  return {
    numerator: count('numerator', options.numerator ?? 5),
    denominator: count('denominator', options.denominator ?? 30),
    zeros,
    nullColumns: [...(options.nullColumns ?? [])],
  };
}
