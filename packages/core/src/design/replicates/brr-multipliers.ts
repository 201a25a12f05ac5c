import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { hadamardMatrix } from './hadamard-matrix.ts';
import { hadamardOrder } from './hadamard-order.ts';
import { psusByStratum } from './psus-by-stratum.ts';

/**
 * Balanced repeated replication (Fay's variant when `rho > 0`), as R's
 * `as.svrepdesign(type = "BRR" | "Fay", fay.rho = rho)`: every stratum has exactly two PSUs; with the
 * normalised Hadamard matrix H of order N = `hadamardOrder(strata)`, replicate r multiplies the first
 * PSU (in order of appearance) of the t-th stratum by 2 − ρ and the second by ρ when `H[t+1][r] = +1`,
 * and the other way round when it is −1. N replicates, scale 1/(N(1 − ρ)²), rscales 1. For powers of 2
 * the multipliers are R's exactly. Certainty strata (f_h = 1) keep multiplier 1 and use no row of H
 * (R instead drops the fpc); other sampling fractions cannot be used, as in R.
 *
 * @throws MinatError `option-invalid` naming a stratum without exactly two PSUs
 * @example brrMultipliers(design, 0).R // 4 for three strata
 */
export function brrMultipliers(
  design: SurveyDesign,
  rho: number,
): { R: number; multipliers: Float64Array; scale: number; rscales: Float64Array } {
  const P = design.psuStratum.length;
  const pairs: number[][] = [];
  psusByStratum(design).forEach((psus, h) => {
    if (design.fraction[h]! >= 1) return;
    if (psus.length !== 2) {
      const name = design.strataLabels[h]!.replace('|', ' / ');
      throw new MinatError(
        'option-invalid',
        `replicate type "${rho > 0 ? 'Fay' : 'BRR'}" needs exactly 2 PSUs in every stratum, and stratum ${JSON.stringify(name)} has ${psus.length}: use "JKn" or "subbootstrap", or pair the PSUs into strata of two`,
        { value: design.strataLabels[h]!, expected: 'exactly 2 PSUs per stratum' },
      );
    }
    pairs.push(psus);
  });
  if (pairs.length === 0) {
    throw new MinatError(
      'option-invalid',
      'every stratum is sampled with certainty: there is no sampling variance to replicate',
      { value: rho > 0 ? 'Fay' : 'BRR', expected: 'a stratum sampled below certainty' },
    );
  }
  const N = hadamardOrder(pairs.length);
  const h = hadamardMatrix(N);
  const multipliers = new Float64Array(N * P).fill(1);
  for (let r = 0; r < N; r++) {
    pairs.forEach(([first, second], t) => {
      const plus = h[(t + 1) * N + r] === 1;
      multipliers[r * P + first!] = plus ? 2 - rho : rho;
      multipliers[r * P + second!] = plus ? rho : 2 - rho;
    });
  }
  return { R: N, multipliers, scale: 1 / (N * (1 - rho) ** 2), rscales: new Float64Array(N).fill(1) };
}
