/**
 * Numerical rank of a replicate-weight matrix, as R's `qr(weights, tol = 1e-5)$rank` that `degf` uses:
 * Gram–Schmidt over the replicates in order, a replicate counting as independent when what is left of
 * it after removing the earlier independent ones has norm above `tol` times its own norm.
 *
 * For PSU multipliers, pass `lengthWeights[p] = Σ_{i∈p} w_i²`: the row-level matrix `w_i · m_{r,p(i)}`
 * has the same Gram matrix as the PSU-level one with those weights, so the rank (and R's tolerance
 * test) is the same without expanding to rows. Cost O(count · length · rank).
 *
 * @param vectors - `count × length`, row-major (one replicate per row)
 * @param lengthWeights - non-negative weight of each position (default 1)
 * @example replicateRank(Float64Array.of(1, 0, 2, 0), 2, 2) // 1
 */
export function replicateRank(
  vectors: Float64Array,
  count: number,
  length: number,
  lengthWeights?: Float64Array,
  tol = 1e-5,
): number {
  const scale = lengthWeights ? Float64Array.from(lengthWeights, Math.sqrt) : undefined;
  const basis: Float64Array[] = [];
  const v = new Float64Array(length);
  for (let r = 0; r < count; r++) {
    let norm0 = 0;
    for (let p = 0; p < length; p++) {
      const x = vectors[r * length + p]! * (scale ? scale[p]! : 1);
      v[p] = x;
      norm0 += x * x;
    }
    if (norm0 === 0) continue;
    for (const q of basis) {
      let dot = 0;
      for (let p = 0; p < length; p++) dot += q[p]! * v[p]!;
      for (let p = 0; p < length; p++) v[p]! -= dot * q[p]!;
    }
    let norm = 0;
    for (let p = 0; p < length; p++) norm += v[p]! * v[p]!;
    if (norm <= tol * tol * norm0) continue;
    const inv = 1 / Math.sqrt(norm);
    basis.push(Float64Array.from(v, (x) => x * inv));
    if (basis.length === length) break;
  }
  return basis.length;
}
