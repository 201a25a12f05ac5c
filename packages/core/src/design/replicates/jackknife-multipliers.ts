import { MinatError } from '../../errors/minat-error.ts';
import { lonelyPsuOptions } from '../lonely-psu.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { psusByStratum } from './psus-by-stratum.ts';

/**
 * Jackknife PSU multipliers (methods.md §6), as R's `as.svrepdesign(type = "JK1" | "JKn")`.
 *
 * - `JK1` (unstratified designs): replicate j drops PSU j and multiplies the others by n/(n−1);
 *   scale (1 − f)(n − 1)/n, rscales 1.
 * - `JKn`: one replicate per PSU of each stratum (strata and PSUs in order of appearance): drop PSU j
 *   of stratum h, others of h × n_h/(n_h − 1), other strata × 1; scale 1, rscale (1 − f_h)(n_h − 1)/n_h.
 *   Certainty strata (f_h = 1) get no replicate. Strata with one PSU follow the design's lonely-PSU
 *   option as R does: `remove`/`certainty` give no replicate; `average` gives none and multiplies the
 *   scale by (replicates + lonely strata)/replicates (R uses PSUs/replicates, which also counts
 *   certainty strata); `adjust` gives one replicate dropping the lone PSU with every other PSU × H/(H−1)
 *   and rscale (H − 1)/H.
 *
 * @throws MinatError `option-invalid` for JK1 on a stratified design or when every stratum is a
 *   certainty stratum; `design-lonely-psu` for a one-PSU stratum under lonely-PSU `fail`
 * @example jackknifeMultipliers(design, 'JKn').R // 8 for the d1 fixture
 */
export function jackknifeMultipliers(
  design: SurveyDesign,
  type: 'JK1' | 'JKn',
): { R: number; multipliers: Float64Array; scale: number; rscales: Float64Array } {
  const P = design.psuStratum.length;
  const H = design.psuCount.length;
  const label = (h: number) => JSON.stringify(design.strataLabels[h]!.replace('|', ' / '));
  if (type === 'JK1' && H > 1) {
    throw new MinatError(
      'option-invalid',
      `replicate type "JK1" is for unstratified designs, and this design has ${H} strata (${label(0)}, ${label(1)}, …): use "JKn"`,
      { value: 'JK1', expected: 'JKn, BRR, Fay, bootstrap or subbootstrap for a stratified design' },
    );
  }
  const rows: Float64Array[] = [];
  const rscales: number[] = [];
  let averaged = 0;
  psusByStratum(design).forEach((psus, h) => {
    const nh = psus.length;
    const f = design.fraction[h]!;
    if (f >= 1) return;
    if (nh === 1) {
      const option = design.lonelyPsu;
      if (option === 'fail') {
        const others = Object.keys(lonelyPsuOptions).filter((o) => o !== 'fail');
        throw new MinatError(
          'design-lonely-psu',
          `stratum ${label(h)} has only one PSU, so the jackknife cannot drop it. Choose a lonely-PSU option: ${others.join(', ')}, or merge the stratum with a neighbour.`,
          { value: design.strataLabels[h]!, expected: `a lonely-PSU option: ${others.join(', ')}` },
        );
      }
      if (option === 'average') averaged++;
      if (option !== 'adjust') return;
      const row = new Float64Array(P).fill(H / (H - 1));
      row[psus[0]!] = 0;
      rows.push(row);
      rscales.push((H - 1) / H);
      return;
    }
    for (const dropped of psus) {
      const row = new Float64Array(P).fill(1);
      for (const p of psus) row[p] = p === dropped ? 0 : nh / (nh - 1);
      rows.push(row);
      rscales.push(type === 'JK1' ? 1 : ((1 - f) * (nh - 1)) / nh);
    }
  });
  const R = rows.length;
  if (R === 0) {
    throw new MinatError(
      'option-invalid',
      'every stratum is sampled with certainty or has one PSU: there is no sampling variance to replicate',
      { value: type, expected: 'a design with a stratum of two or more PSUs sampled below certainty' },
    );
  }
  const multipliers = new Float64Array(R * P);
  rows.forEach((row, r) => {
    multipliers.set(row, r * P);
  });
  const scale = type === 'JK1' ? ((1 - design.fraction[0]!) * (P - 1)) / P : (R + averaged) / R;
  return { R, multipliers, scale, rscales: Float64Array.from(rscales) };
}
