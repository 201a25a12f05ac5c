import { MinatError } from '../errors/minat-error.ts';
import type { LonelyPsu } from './survey-design.ts';

/** The lonely-PSU options and what each does (registry read by validation, CLI help and docs). */
export const lonelyPsuOptions: Record<LonelyPsu, { en: string; id: string }> = {
  fail: { en: 'stop with an error naming the stratum', id: 'berhenti dengan galat yang menyebut stratanya' },
  remove: { en: 'the stratum contributes no variance', id: 'strata tidak menyumbang varians' },
  certainty: {
    en: 'treat the PSU as sampled with certainty (no variance)',
    id: 'PSU dianggap pasti terambil (tanpa varians)',
  },
  adjust: {
    en: "measure the PSU's total from the grand mean (zero), as R's adjust",
    id: 'total PSU diukur dari rerata keseluruhan (nol), seperti adjust di R',
  },
  average: {
    en: 'scale the variance of the other strata up by H / H_ok',
    id: 'varians strata lain diperbesar dengan H / H_ok',
  },
};

/**
 * Checks a lonely-PSU option.
 * @throws MinatError `option-invalid` naming the bad value and the allowed ones
 * @example normalizeLonelyPsu('adjust') // 'adjust'
 */
export function normalizeLonelyPsu(value: string | undefined): LonelyPsu {
  if (value === undefined) return 'fail';
  if (value in lonelyPsuOptions) return value as LonelyPsu;
  const allowed = Object.keys(lonelyPsuOptions).join(', ');
  throw new MinatError(
    'option-invalid',
    `invalid lonely-psu ${JSON.stringify(value)}: expected one of ${allowed}`,
    {
      value,
      expected: allowed,
    },
  );
}
