import type { RatioTable } from '../../estimate/ratio-table.ts';
import type { ReplicateDesign } from './replicate-types.ts';

/**
 * Replicate estimates of every ratio of a table, `R̂^(r)_gk = Σ_s m_{r,psu(s)} A_sk / Σ_s m_{r,psu(s)} B_s`
 * over the table's per-(group, PSU) sums (`table.psuSums`): the replicate weights are PSU multipliers,
 * so no pass over the rows is needed. O(R · slots · K). A group without weight in a replicate gives NaN
 * there (left out by `replicateVariance`).
 *
 * @param table - a `ratioTable` result (its `psuSums` are used)
 * @param rep - PSU-multiplier replicates of the same design (`replicateDesign`)
 * @param K - numerators per group, as in the table's `RatioInput`
 * @param G - groups, as in the table's `RatioInput`
 * @returns `R × G × K`, index `(r · G + g) · K + k`
 * @example const thetas = replicateRatios(table, rep, K, G); // θ of (g, k) in replicate r: thetas[(r*G+g)*K+k]
 */
export function replicateRatios(table: RatioTable, rep: ReplicateDesign, K: number, G: number): Float64Array {
  const { group, psu, A, B } = table.psuSums;
  const R = rep.R;
  const P = rep.multipliers.length / R;
  const m = rep.multipliers;
  const num = new Float64Array(R * G * K);
  const den = new Float64Array(R * G);
  // Replicate by replicate (its multipliers are contiguous), slots in order within each: every sum
  // is added up in slot order, as slot by slot would.
  const slots = group.length;
  for (let r = 0; r < R; r++) {
    const row = r * P;
    for (let s = 0; s < slots; s++) {
      const mult = m[row + psu[s]!]!;
      if (mult === 0) continue;
      const cell = r * G + group[s]!;
      den[cell]! += mult * B[s]!;
      const at = cell * K;
      const from = s * K;
      for (let k = 0; k < K; k++) num[at + k]! += mult * A[from + k]!;
    }
  }
  for (let cell = 0; cell < R * G; cell++) {
    const d = den[cell]!;
    for (let k = 0; k < K; k++) num[cell * K + k] = d > 0 ? num[cell * K + k]! / d : Number.NaN;
  }
  return num;
}
