import type { RatioInput } from '../../estimate/ratio-table.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { residualizeScores } from './residualize-scores.ts';

/**
 * PSU score totals of the K ratios of one group on a calibrated design: the row scores
 * `z_ik = w_i (a_ik − R̂_k b_i) / B̂` (0 outside the group or its base) are residualised on the
 * calibration steps (`residualizeScores`) and summed to PSUs. Every PSU of the design gets a total,
 * because residuals are nonzero outside the group. O(n·K) per call.
 *
 * @param ratio - the group's estimates R̂_k (length K) and its weighted base B̂ = Σ w b
 * @returns `psus` = 0..P−1 and `z[p * K + k]`, ready for `stratifiedCovariance`
 * @example calibratedPsuScores(design, input, 0, { R: Float64Array.of(0.42), B: 500 })
 */
export function calibratedPsuScores(
  design: SurveyDesign,
  input: RatioInput,
  g: number,
  ratio: { R: Float64Array; B: number },
): { psus: Int32Array; z: Float64Array } {
  const { K, numerators, denominator, group } = input;
  const { R, B } = ratio;
  const n = design.n;
  const z = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    if (group[i] !== g) continue;
    const f = design.weights[i]! / B;
    const b = denominator[i]!;
    if (b !== 0) for (let k = 0; k < K; k++) z[i * K + k] = -f * R[k]! * b;
    for (let e = numerators.offsets[i]!; e < numerators.offsets[i + 1]!; e++) {
      z[i * K + numerators.index[e]!]! += f * numerators.value[e]!;
    }
  }
  const residual = residualizeScores(design, z, K);
  const P = design.psuStratum.length;
  const totals = new Float64Array(P * K);
  for (let i = 0; i < n; i++) {
    const p = design.psu[i]!;
    for (let k = 0; k < K; k++) totals[p * K + k]! += residual[i * K + k]!;
  }
  const psus = new Int32Array(P);
  for (let p = 0; p < P; p++) psus[p] = p;
  return { psus, z: totals };
}
