import type { SurveyDesign } from './survey-design.ts';

/**
 * Design degrees of freedom (methods.md §1.5): distinct PSUs among rows with nonzero weight, minus
 * distinct strata among those rows — within a domain when `inDomain` is given (R evaluates `degf` on
 * the subset design). Zero-weight PSUs drop out here but still count in `n_h` for the variance.
 *
 * @example designDf(design) // 5 for the d1 fixture
 */
export function designDf(design: SurveyDesign, inDomain?: (i: number) => boolean): number {
  const psus = new Uint8Array(design.psuStratum.length);
  const strata = new Uint8Array(design.psuCount.length);
  let nPsu = 0;
  let nStrata = 0;
  for (let i = 0; i < design.n; i++) {
    if (design.weights[i] === 0) continue;
    if (inDomain && !inDomain(i)) continue;
    const p = design.psu[i]!;
    if (psus[p] === 0) {
      psus[p] = 1;
      nPsu++;
    }
    const h = design.stratum[i]!;
    if (strata[h] === 0) {
      strata[h] = 1;
      nStrata++;
    }
  }
  return nPsu - nStrata;
}
