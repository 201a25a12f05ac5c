import { MinatError } from '../../errors/minat-error.ts';

/**
 * Rank uncertainty of K shares of one group from bootstrap-type replicates (methods.md §6; use the
 * subbootstrap, not jackknife or BRR replicates). In each replicate, rank = rank(−share) with ties
 * sharing the lowest rank (R's `ties.method = "min"`); then
 * - `pFirst[k]` = share of replicates where k ranks 1,
 * - `[rankLow[k], rankHigh[k]]` = R's `quantile(rank_k, c(α/2, 1 − α/2), type = 1)` with α = 1 − level:
 *   the ⌈R·q⌉-th smallest rank (R·q within 1e-9 of an integer counts as that integer, so level 0.95
 *   gives the 2.5% point exactly).
 * Replicates with a NaN share are left out.
 *
 * @param replicateShares - `R × K`, row-major by replicate
 * @param level - interval level in (0, 1) (default 0.95)
 * @throws MinatError `option-invalid` for a bad level or a length that is not a multiple of K
 * @example rankUncertainty(Float64Array.of(0.5, 0.3, 0.4, 0.45), 2).pFirst // Float64Array [1, 0]
 */
export function rankUncertainty(
  replicateShares: Float64Array,
  K: number,
  level = 0.95,
): { pFirst: Float64Array; rankLow: Int32Array; rankHigh: Int32Array } {
  if (!(level > 0 && level < 1)) {
    throw new MinatError('option-invalid', `invalid level ${level}: expected a number in (0, 1)`, {
      value: String(level),
      expected: 'a number in (0, 1), e.g. 0.95',
    });
  }
  if (!(Number.isInteger(K) && K > 0) || replicateShares.length % K !== 0) {
    throw new MinatError('option-invalid', `${replicateShares.length} shares are not R × ${K}`, {
      value: String(replicateShares.length),
      expected: `a multiple of K = ${K}`,
    });
  }
  const total = replicateShares.length / K;
  // Ranks are 1..K: a histogram per destination gives the same order statistics as sorting them.
  const counts = new Int32Array(K * K);
  const first = new Float64Array(K);
  let used = 0;
  for (let r = 0; r < total; r++) {
    const at = r * K;
    let missing = false;
    for (let k = 0; k < K; k++) if (Number.isNaN(replicateShares[at + k]!)) missing = true;
    if (missing) continue;
    used++;
    for (let k = 0; k < K; k++) {
      const share = replicateShares[at + k]!;
      let rank = 1;
      for (let j = 0; j < K; j++) if (replicateShares[at + j]! > share) rank++;
      counts[k * K + rank - 1]!++;
      if (rank === 1) first[k]!++;
    }
  }
  const alpha = 1 - level;
  /** The ⌈used·q⌉-th smallest rank of destination k. */
  const quantile = (k: number, q: number) => {
    let np = used * q;
    if (Math.abs(np - Math.round(np)) < 1e-9) np = Math.round(np);
    const position = Math.max(1, Math.ceil(np));
    let seen = 0;
    for (let rank = 1; rank <= K; rank++) {
      seen += counts[k * K + rank - 1]!;
      if (seen >= position) return rank;
    }
    return K;
  };
  const rankLow = new Int32Array(K);
  const rankHigh = new Int32Array(K);
  const pFirst = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    if (used === 0) {
      pFirst[k] = Number.NaN;
      continue;
    }
    pFirst[k] = first[k]! / used;
    rankLow[k] = quantile(k, alpha / 2);
    rankHigh[k] = quantile(k, 1 - alpha / 2);
  }
  return { pFirst, rankLow, rankHigh };
}
