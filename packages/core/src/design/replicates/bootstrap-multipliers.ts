import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import type { Rng } from './create-rng.ts';
import { psusByStratum } from './psus-by-stratum.ts';

/**
 * Bootstrap PSU multipliers (methods.md §6), as R's `as.svrepdesign(type = "bootstrap" | "subbootstrap")`:
 *
 * - `bootstrap` (Canty–Davison): in each stratum draw n_h PSUs with replacement; the multiplier is the
 *   number of times a PSU is drawn. Scale n̄/(n̄ − 1)/(B − 1) with n̄ the harmonic mean of the n_h.
 *   With a sampling fraction 0 < f_h < 1, draw n_h without replacement from a pseudo-population of
 *   round(n_h/f_h) PSU copies (each PSU as often as possible, the remainder to PSUs chosen at random
 *   once per stratum), as R's `bootweights` with fpc.
 * - `subbootstrap` (Rao–Wu): draw n_h − 1 with replacement; multiplier = count · n_h/(n_h − 1);
 *   scale 1/(B − 1). It cannot use sampling fractions (as R).
 *
 * Certainty strata (f_h = 1) keep multiplier 1. Random numbers are taken from `rng` in this order: the
 * pseudo-population assignments (strata in order), then replicate by replicate, stratum by stratum,
 * draw by draw — so the first B replicates of a longer run equal a run of B.
 *
 * @throws MinatError `design-lonely-psu` for a stratum with one PSU (collapse strata first)
 * @example bootstrapMultipliers(design, 'subbootstrap', 1000, createRng(1)).scale // 1/999
 */
export function bootstrapMultipliers(
  design: SurveyDesign,
  type: 'bootstrap' | 'subbootstrap',
  B: number,
  rng: Rng,
): { multipliers: Float64Array; scale: number; rscales: Float64Array } {
  const P = design.psuStratum.length;
  const strata = psusByStratum(design);
  const pseudo: (Int32Array | undefined)[] = strata.map((psus, h) => {
    const nh = psus.length;
    const f = design.fraction[h]!;
    if (f < 1 && nh === 1) {
      const name = JSON.stringify(design.strataLabels[h]!.replace('|', ' / '));
      throw new MinatError(
        'design-lonely-psu',
        `stratum ${name} has only one PSU, so the ${type} cannot resample it: collapse it with a similar stratum (give both the same stratum code) before building the replicates, or use "JKn" with a lonely-PSU option`,
        { value: design.strataLabels[h]!, expected: 'at least 2 PSUs in every stratum' },
      );
    }
    if (type === 'subbootstrap' || f <= 0 || f >= 1) return undefined;
    const order = Int32Array.from(psus);
    shuffle(order, order.length, rng);
    const N = Math.max(nh, Math.round(nh / f));
    return Int32Array.from({ length: N }, (_, u) => order[u % nh]!);
  });
  const multipliers = new Float64Array(B * P);
  const counts = new Float64Array(P);
  const members = strata.map((psus) => Int32Array.from(psus));
  const H = members.length;
  for (let r = 0; r < B; r++) {
    const row = r * P;
    for (let h = 0; h < H; h++) {
      const psus = members[h]!;
      const nh = psus.length;
      if (design.fraction[h]! >= 1) {
        for (let j = 0; j < nh; j++) multipliers[row + psus[j]!] = 1;
        continue;
      }
      const units = pseudo[h];
      if (units) {
        const drawn = Int32Array.from(units);
        shuffle(drawn, nh, rng);
        for (let d = 0; d < nh; d++) counts[drawn[d]!]!++;
      } else {
        const draws = type === 'bootstrap' ? nh : nh - 1;
        for (let d = 0; d < draws; d++) counts[psus[rng.nextInt(nh)]!]!++;
      }
      const factor = type === 'bootstrap' ? 1 : nh / (nh - 1);
      for (let j = 0; j < nh; j++) {
        const p = psus[j]!;
        multipliers[row + p] = counts[p]! * factor;
        counts[p] = 0;
      }
    }
  }
  let harmonic = 0;
  for (const psus of strata) harmonic += 1 / psus.length;
  const nbar = strata.length / harmonic;
  const scale = type === 'bootstrap' ? nbar / (nbar - 1) / (B - 1) : 1 / (B - 1);
  return { multipliers, scale, rscales: new Float64Array(B).fill(1) };
}

/** Partial Fisher–Yates: after the call, `a[0..k)` is a uniform random k-subset of `a` in random order. */
function shuffle(a: Int32Array, k: number, rng: Rng): void {
  for (let i = 0; i < k; i++) {
    const j = i + rng.nextInt(a.length - i);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
