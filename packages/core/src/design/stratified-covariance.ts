import type { SurveyDesign } from './survey-design.ts';

/** Zeroed between calls; grown to the largest design × K seen. */
const scratch = { mean: new Float64Array(0), present: new Int32Array(0) };

/**
 * The stratified with-replacement ("ultimate cluster") covariance of K estimators from their PSU
 * score totals (methods.md §1.3–1.4):
 * `V = Σ_h (1 − f_h) · n_h/(n_h − 1) · Σ_j (Z_hj − Z̄_h)(Z_hj − Z̄_h)ᵀ`.
 *
 * Totals are sparse: only the PSUs listed in `psus` have them; every other PSU of the design counts
 * as zero (so a domain keeps the full design's `n_h`, as R's subsetting does). Lonely strata follow the
 * design's option (`adjust` measures the PSU total from 0; `average` scales by H/H_ok).
 *
 * @param psus - distinct PSU indices (length m)
 * @param totals - `totals[j * K + k]`: score total of estimator k in PSU `psus[j]` (length m × K)
 * @param diagonalOnly - compute variances only (K instead of K² work per PSU)
 * @returns `K × K` covariance, row-major (only the diagonal filled when `diagonalOnly`)
 * @example stratifiedCovariance(design, Int32Array.of(0, 3), Float64Array.of(0.1, -0.2), 1)
 */
export function stratifiedCovariance(
  design: SurveyDesign,
  psus: Int32Array,
  totals: Float64Array,
  K: number,
  diagonalOnly = false,
): Float64Array {
  const H = design.psuCount.length;
  const m = psus.length;
  // Stratum means and counts in scratch arrays kept between calls (a domain's PSUs are in few of the
  // strata: only those are touched, then cleared), listed in `strata`, ascending.
  if (scratch.mean.length < H * K) scratch.mean = new Float64Array(H * K);
  if (scratch.present.length < H) scratch.present = new Int32Array(H);
  const { mean, present } = scratch;
  const strata: number[] = [];
  for (let j = 0; j < m; j++) {
    const h = design.psuStratum[psus[j]!]!;
    if (present[h]!++ === 0) strata.push(h);
    for (let k = 0; k < K; k++) mean[h * K + k]! += totals[j * K + k]!;
  }
  strata.sort((a, b) => a - b);
  for (const h of strata) {
    const nh = design.psuCount[h]!;
    for (let k = 0; k < K; k++) mean[h * K + k]! /= nh;
  }
  const out = new Float64Array(K * K);
  const dev = new Float64Array(K);
  const add = (factor: number, d: Float64Array, times = 1) => {
    if (diagonalOnly) {
      for (let k = 0; k < K; k++) out[k * K + k]! += times * factor * d[k]! * d[k]!;
      return;
    }
    for (let a = 0; a < K; a++) {
      const da = times * factor * d[a]!;
      if (da === 0) continue;
      for (let b = 0; b < K; b++) out[a * K + b]! += da * d[b]!;
    }
  };
  const factorOf = (h: number) => {
    const nh = design.psuCount[h]!;
    return ((1 - design.fraction[h]!) * nh) / (nh - 1);
  };
  for (let j = 0; j < m; j++) {
    const h = design.psuStratum[psus[j]!]!;
    if (design.fraction[h]! >= 1) continue;
    if (design.psuCount[h]! > 1) {
      for (let k = 0; k < K; k++) dev[k] = totals[j * K + k]! - mean[h * K + k]!;
      add(factorOf(h), dev);
    } else if (design.lonelyPsu === 'adjust') {
      for (let k = 0; k < K; k++) dev[k] = totals[j * K + k]!;
      add(1 - design.fraction[h]!, dev);
    }
  }
  // PSUs of the design without totals are zeros: each deviates from the stratum mean by −Z̄_h.
  for (const h of strata) {
    const absent = design.psuCount[h]! - present[h]!;
    if (absent === 0 || design.psuCount[h]! < 2 || design.fraction[h]! >= 1) continue;
    for (let k = 0; k < K; k++) dev[k] = -mean[h * K + k]!;
    add(factorOf(h), dev, absent);
  }
  for (const h of strata) {
    present[h] = 0;
    mean.fill(0, h * K, h * K + K);
  }
  if (design.lonelyPsu === 'average') {
    let lonely = 0;
    for (let h = 0; h < H; h++) if (design.psuCount[h] === 1 && design.fraction[h]! < 1) lonely++;
    if (lonely > 0) {
      const scale = H / (H - lonely);
      for (let j = 0; j < out.length; j++) out[j]! *= scale;
    }
  }
  return out;
}
