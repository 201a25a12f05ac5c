import { rankUncertainty } from '../../design/replicates/rank-uncertainty.ts';
import { differenceOfProportions } from '../../estimate/compare/difference-of-proportions.ts';
import type { EstimateResult } from '../../estimate/estimate-shares.ts';
import { competitionRanks } from './competition-ranks.ts';
import type { RankingRow } from './ranking-row.ts';
import { tieGroups } from './tie-groups.ts';

const unranked = {
  rank: null,
  diff_next: null,
  diff_next_se: null,
  diff_next_p: null,
  tie_group: null,
  p_first: null,
  rank_low: null,
  rank_high: null,
} as const;

/**
 * The ranking table of an estimate table, given replicate estimates of its ratio table. Per group:
 * destinations with an estimate sorted by it (decreasing; equal estimates keep the estimate's order and
 * share the lower rank), each compared with the next by `differenceOfProportions` (same sample,
 * covariance from the ratio table, the estimate's `level` and `df` options), tie groups from those
 * tests, and `p_first`/`rank_low`/`rank_high` from `rankUncertainty` over the replicates at the
 * estimate's `level`. A pair differs significantly when its p-value is below `tieLevel`, or, without a
 * p-value, when its SE is 0 on positive df and the estimates differ. Destinations whose estimate is
 * null go last with null ranking columns and are left out of every replicate ranking.
 *
 * @param estimate - an `estimateShares` result (its `shares.table` gives cells and covariances)
 * @param thetas - replicate estimates `R × G × K` of that table, index `(r · G + g) · K + k`
 * @param R - number of replicates
 * @param tieLevel - significance level of the tie tests, in (0, 1)
 * @example rankingRows(est, replicateRatios(est.shares.table, rep, K, G), rep.R, 0.05)
 */
export function rankingRows(
  estimate: EstimateResult,
  thetas: Float64Array,
  R: number,
  tieLevel: number,
): RankingRow[] {
  const { rows, shares, options } = estimate;
  const { table, order } = shares;
  const K = order.length;
  const G = shares.groups.labels.length;
  const out: RankingRow[] = [];
  for (let g = 0; g < G; g++) {
    const entries = order.map((k, j) => ({ k, row: rows[g * K + j]! }));
    const ranked = entries
      .filter((e) => e.row.estimate !== null)
      .sort((a, b) => (b.row.estimate as number) - (a.row.estimate as number));
    const ranks = competitionRanks(ranked.map((e) => e.row.estimate as number));
    const diffs = ranked.slice(1).map((next, i) => {
      const k = ranked[i]!.k;
      return differenceOfProportions(table.cell(g, k), table.cell(g, next.k), {
        sample: 'same',
        covariance: table.covariance(g, k, g, next.k),
        level: options.level,
        df: options.df,
      });
    });
    const differs = diffs.map((d) =>
      d.p_value !== null ? d.p_value < tieLevel : d.flags.includes('zero-variance') && d.estimate !== 0,
    );
    const ties = tieGroups(differs);
    const Kr = ranked.length;
    const replicateShares = new Float64Array(R * Kr);
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < Kr; i++) replicateShares[r * Kr + i] = thetas[(r * G + g) * K + ranked[i]!.k]!;
    }
    const u = Kr > 0 ? rankUncertainty(replicateShares, Kr, options.level) : undefined;
    ranked.forEach(({ row }, i) => {
      const d = diffs[i];
      const pFirst = u!.pFirst[i]!;
      const defined = !Number.isNaN(pFirst);
      out.push({
        ...row,
        rank: ranks[i]!,
        diff_next: d?.estimate ?? null,
        diff_next_se: d?.se ?? null,
        diff_next_p: d?.p_value ?? null,
        tie_group: ties[i]!,
        p_first: defined ? pFirst : null,
        rank_low: defined ? u!.rankLow[i]! : null,
        rank_high: defined ? u!.rankHigh[i]! : null,
      });
    });
    for (const e of entries) if (e.row.estimate === null) out.push({ ...e.row, ...unranked });
  }
  return out;
}
