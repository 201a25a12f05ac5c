import type { RatioInput } from '../../estimate/ratio-table.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { type CalibrationOperator, calibrationOperator } from './calibration-operator.ts';

/**
 * PSU score totals of the K ratios of one group on a calibrated design: the row scores
 * `z_ik = w_i (a_ik − R̂_k b_i) / B̂` (0 outside the group or its base), residualised on the
 * calibration steps as `residualizeScores` does and summed to PSUs (through `operator`, so the cost is
 * O(rows of the group · K) plus work on cells). Every PSU of the design gets a total, because residuals
 * are nonzero outside the group.
 *
 * @param ratio - the group's estimates R̂_k (length K) and its weighted base B̂ = Σ w b
 * @param operator - `calibrationOperator(design)`; pass it when scoring several groups, to build it once
 * @returns `psus` = 0..P−1 and `z[p * K + k]`, ready for `stratifiedCovariance`
 * @example calibratedPsuScores(design, input, 0, { R: Float64Array.of(0.42), B: 500 })
 */
export function calibratedPsuScores(
  design: SurveyDesign,
  input: RatioInput,
  g: number,
  ratio: { R: Float64Array; B: number },
  operator: CalibrationOperator = calibrationOperator(design),
): { psus: Int32Array; z: Float64Array } {
  const { K, numerators, denominator, group } = input;
  const { R, B } = ratio;
  const rows: number[] = [];
  for (let i = 0; i < design.n; i++) {
    if (group[i] === g && (denominator[i] !== 0 || numerators.offsets[i] !== numerators.offsets[i + 1]))
      rows.push(i);
  }
  const z = new Float64Array(rows.length * K);
  rows.forEach((i, j) => {
    const f = design.weights[i]! / B;
    const b = denominator[i]!;
    if (b !== 0) for (let k = 0; k < K; k++) z[j * K + k] = -f * R[k]! * b;
    for (let e = numerators.offsets[i]!; e < numerators.offsets[i + 1]!; e++) {
      z[j * K + numerators.index[e]!]! += f * numerators.value[e]!;
    }
  });
  const P = design.psuStratum.length;
  const psus = new Int32Array(P);
  for (let p = 0; p < P; p++) psus[p] = p;
  return { psus, z: operator.psuTotals(Int32Array.from(rows), z, K) };
}
