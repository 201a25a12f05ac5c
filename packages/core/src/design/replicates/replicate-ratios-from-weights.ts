import { MinatError } from '../../errors/minat-error.ts';
import type { RatioInput } from '../../estimate/ratio-table.ts';
import type { ReplicateWeights } from './replicate-types.ts';

/**
 * Replicate estimates of the ratios of a `RatioInput` under row-level replicate weights (see
 * `replicateWeightsFromMatrix`): `R̂^(r)_gk = Σ_{i∈g} w^(r)_i a_ik / Σ_{i∈g} w^(r)_i b_i`, one pass over
 * the rows per replicate, O(R · (n + nonzero numerators)). A group without weight in a replicate gives
 * NaN there.
 *
 * @param input - the same input as `ratioTable` (its `group.length` must be the weights' n)
 * @returns `R × G × K`, index `(r · G + g) · K + k`
 * @throws MinatError `option-invalid` when the input's rows do not match the weights' rows
 * @example replicateRatiosFromWeights(input, replicateWeightsFromMatrix(design, matrix, { scale: 1 / 199 }))
 */
export function replicateRatiosFromWeights(input: RatioInput, rep: ReplicateWeights): Float64Array {
  const { K, G, numerators, denominator, group } = input;
  const R = rep.R;
  const n = rep.weights.length / R;
  if (group.length !== n) {
    throw new MinatError(
      'option-invalid',
      `the ratio input has ${group.length} rows and the replicate weights ${n}`,
      {
        value: String(group.length),
        expected: `${n} rows, one per respondent of the design`,
      },
    );
  }
  const num = new Float64Array(R * G * K);
  const den = new Float64Array(R * G);
  for (let r = 0; r < R; r++) {
    const w = rep.weights.subarray(r * n, (r + 1) * n);
    for (let i = 0; i < n; i++) {
      const g = group[i]!;
      const wi = w[i]!;
      if (g < 0 || wi === 0) continue;
      const cell = r * G + g;
      den[cell]! += wi * denominator[i]!;
      for (let e = numerators.offsets[i]!; e < numerators.offsets[i + 1]!; e++) {
        num[cell * K + numerators.index[e]!]! += wi * numerators.value[e]!;
      }
    }
  }
  for (let cell = 0; cell < R * G; cell++) {
    const d = den[cell]!;
    for (let k = 0; k < K; k++) num[cell * K + k] = d > 0 ? num[cell * K + k]! / d : Number.NaN;
  }
  return num;
}
