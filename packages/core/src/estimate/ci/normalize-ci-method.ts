import { MinatError } from '../../errors/minat-error.ts';
import type { CiMethod } from './ci-method.ts';
import { ciMethods } from './ci-methods.ts';

/**
 * Reads an interval method name as users write it (case and surrounding spaces ignored).
 * @param value - The name, e.g. `'Beta'` or `' wilson '`.
 * @returns The method.
 * @throws MinatError `option-invalid` naming the bad value and the allowed ones.
 * @example normalizeCiMethod('wald2') // throws: invalid ci "wald2": expected one of logit, likelihood, asin, …
 */
export function normalizeCiMethod(value: string): CiMethod {
  const key = String(value).trim().toLowerCase();
  if (Object.hasOwn(ciMethods, key)) return key as CiMethod;
  const expected = Object.keys(ciMethods).join(', ');
  throw new MinatError('option-invalid', `invalid ci ${JSON.stringify(value)}: expected one of ${expected}`, {
    value: String(value),
    expected,
  });
}
