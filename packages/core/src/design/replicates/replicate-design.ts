import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { bootstrapMultipliers } from './bootstrap-multipliers.ts';
import { brrMultipliers } from './brr-multipliers.ts';
import { createRng } from './create-rng.ts';
import { jackknifeMultipliers } from './jackknife-multipliers.ts';
import { replicateRank } from './replicate-rank.ts';
import type { ReplicateDesign, ReplicateOptions, ReplicateType } from './replicate-types.ts';

const types: readonly ReplicateType[] = ['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap', 'subbootstrap'];

/**
 * Turns a design into replicate weights (methods.md §6), as R's `as.svrepdesign`: PSU multipliers
 * for `JK1`, `JKn` (see `jackknifeMultipliers`), `BRR`, `Fay` (`brrMultipliers`), `bootstrap` and
 * `subbootstrap` (`bootstrapMultipliers`, seeded xoshiro128**). Re-estimate with `replicateRatios`
 * and combine with `replicateVariance`.
 *
 * `df` (rank of the replicate weights − 1, R's `degf`) costs O(R · P · rank), so it is computed when
 * first read. Sampling fractions are used by JK1, JKn and the bootstrap; BRR, Fay and subbootstrap
 * cannot use them (a warning in `issues`; certainty strata stay fixed in every replicate).
 *
 * @param options.type - the method
 * @param options.replicates - bootstraps only: number of replicates, integer ≥ 2 (default 1000)
 * @param options.seed - bootstraps only: non-negative integer seed (default 1)
 * @param options.fayRho - `Fay` only: ρ in (0, 1) (default 0.5)
 * @param options.mse - centre the variance on the full-sample estimate (default false, R's default)
 * @throws MinatError `option-invalid` naming a bad option value and the allowed ones, or a design the
 *   method cannot handle (JK1 with strata, BRR without two PSUs per stratum); `design-lonely-psu` for
 *   one-PSU strata under lonely-PSU `fail` (JKn) or in the bootstraps
 * @example replicateDesign(design, { type: 'subbootstrap', replicates: 1000, seed: 20240601 })
 */
export function replicateDesign(design: SurveyDesign, options: ReplicateOptions): ReplicateDesign {
  const { type } = options;
  const bad = (name: string, value: unknown, expected: string) =>
    new MinatError('option-invalid', `invalid ${name} ${JSON.stringify(value)}: expected ${expected}`, {
      value: String(value),
      expected,
    });
  if (!types.includes(type)) throw bad('replicate type', type, `one of ${types.join(', ')}`);
  const boot = type === 'bootstrap' || type === 'subbootstrap';
  if (options.replicates !== undefined && !boot) {
    throw bad('replicates', options.replicates, `no value: type ${type} has a fixed number of replicates`);
  }
  const B = options.replicates ?? 1000;
  if (!Number.isInteger(B) || B < 2) throw bad('replicates', B, 'an integer ≥ 2');
  if (options.fayRho !== undefined && type !== 'Fay') {
    throw bad('fayRho', options.fayRho, 'no value: fayRho applies to type Fay only');
  }
  const rho = options.fayRho ?? (type === 'Fay' ? 0.5 : 0);
  if (type === 'Fay' && !(rho > 0 && rho < 1)) throw bad('fayRho', rho, 'a number in (0, 1)');
  const mse = options.mse ?? false;
  if (typeof mse !== 'boolean') throw bad('mse', mse, 'true or false');
  const rng = createRng(options.seed ?? 1);

  const P = design.psuStratum.length;
  const issues: Issue[] = [];
  if (
    (type === 'BRR' || type === 'Fay' || type === 'subbootstrap') &&
    design.fraction.some((f) => f > 0 && f < 1)
  ) {
    issues.push({
      level: 'warning',
      code: 'replicate-fpc-ignored',
      message: `replicate type ${type} cannot use sampling fractions: the finite population correction is ignored (certainty strata stay fixed)`,
      details: { type },
    });
  }
  let R: number;
  let parts: { multipliers: Float64Array; scale: number; rscales: Float64Array };
  if (type === 'JK1' || type === 'JKn') {
    const jk = jackknifeMultipliers(design, type);
    R = jk.R;
    parts = jk;
  } else if (type === 'BRR' || type === 'Fay') {
    const brr = brrMultipliers(design, rho);
    R = brr.R;
    parts = brr;
  } else {
    if (design.fraction.every((f) => f >= 1)) {
      throw new MinatError(
        'option-invalid',
        'every stratum is sampled with certainty: there is no sampling variance to replicate',
        { value: type, expected: 'a stratum sampled below certainty' },
      );
    }
    R = B;
    parts = bootstrapMultipliers(design, type, B, rng);
  }
  const squares = new Float64Array(P);
  for (let i = 0; i < design.n; i++) squares[design.psu[i]!]! += design.weights[i]! ** 2;
  let df: number | undefined;
  return {
    type,
    R,
    multipliers: parts.multipliers,
    scale: parts.scale,
    rscales: parts.rscales,
    mse,
    issues,
    get df() {
      df ??= replicateRank(parts.multipliers, R, P, squares) - 1;
      return df;
    },
  };
}
