import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';

/**
 * An entry of the {@link ciMethods} registry: a description for help texts and docs, and the
 * computation (boundaries included).
 * @example const d: CiMethodDefinition = ciMethods.logit;
 */
export interface CiMethodDefinition {
  /** One line in English and Indonesian. */
  description: { en: string; id: string };
  /** The interval for one proportion; see {@link proportionInterval}. */
  compute(input: CiInput): CiResult;
}
