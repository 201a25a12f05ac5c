import { differenceOfProportions } from '../../estimate/compare/difference-of-proportions.ts';
import type { EstimateResult } from '../../estimate/estimate-shares.ts';
import { groupRow } from '../../estimate/group-row.ts';
import type { TrendChange } from './trend-change.ts';

/** Covariances below this share of √(V₁V₂) are rounding, not a design that links the waves. */
const COVARIANCE_TOLERANCE = 1e-9;

/**
 * The change table of a trend from estimates grouped by `wave` (first) and the `others` columns:
 * for every combination of the others, each pair of consecutive waves and, with three or more waves,
 * the first and the last; within a pair every destination in display order. Waves are independent
 * samples (methods.md §7.1): Var = V₁ + V₂, df = df₁ + df₂.
 *
 * @param result - `estimateShares` grouped by `['wave', ...others]`
 * @param waves - the waves to compare, in order
 * @param others - the other grouping keys
 * @example waveChanges(estimateShares(s, d, { by: ['wave'] }), ['2023', '2026'], [])[0].change
 */
export function waveChanges(
  result: EstimateResult,
  waves: readonly string[],
  others: string[],
): TrendChange[] {
  const { table, units, order, groups } = result.shares;
  const { level, df } = result.options;
  const combos = new Map<string, { labels: Record<string, string>; byWave: Map<string, number> }>();
  groups.labels.forEach((label, g) => {
    const key = JSON.stringify(others.map((k) => label[k]));
    let combo = combos.get(key);
    if (!combo) {
      combo = { labels: Object.fromEntries(others.map((k) => [k, label[k]!])), byWave: new Map() };
      combos.set(key, combo);
    }
    combo.byWave.set(label['wave']!, g);
  });
  const pairs: [number, number, TrendChange['span']][] = waves
    .slice(1)
    .map((_, i) => [i, i + 1, 'consecutive'] as [number, number, TrendChange['span']]);
  if (waves.length > 2) pairs.push([0, waves.length - 1, 'first-last']);
  const out: TrendChange[] = [];
  for (const { labels, byWave } of combos.values()) {
    for (const [i, j, span] of pairs) {
      const gFrom = byWave.get(waves[i]!);
      const gTo = byWave.get(waves[j]!);
      for (const k of order) {
        const a = gTo === undefined ? undefined : table.cell(gTo, k);
        const b = gFrom === undefined ? undefined : table.cell(gFrom, k);
        const present = (c: typeof a) => (c && c.nUnweighted > 0 ? c : undefined);
        const to = present(a);
        const from = present(b);
        const d = differenceOfProportions(
          to ?? { estimate: Number.NaN, variance: Number.NaN, df: 0 },
          from ?? { estimate: Number.NaN, variance: Number.NaN, df: 0 },
          { sample: 'independent', level, df },
        );
        const flags: string[] = [];
        if (from && to && from.count === 0 && to.count > 0) flags.push('new-in-wave');
        if (from && to && to.count === 0 && from.count > 0) flags.push('absent-in-wave');
        if (from && to) {
          const c = table.covariance(gTo!, k, gFrom!, k);
          if (Math.abs(c) > COVARIANCE_TOLERANCE * Math.sqrt(from.variance * to.variance)) {
            flags.push('wave-covariance');
          }
        }
        out.push(
          groupRow(labels, {
            from_wave: waves[i]!,
            to_wave: waves[j]!,
            span,
            destination: units[k]!,
            measure: result.measure,
            base: result.base,
            from_estimate: from ? from.estimate : null,
            to_estimate: to ? to.estimate : null,
            change: d.estimate,
            se: d.se,
            ci_low: d.ci_low,
            ci_high: d.ci_high,
            df: d.df,
            p_value: d.p_value,
            flags: [...flags, ...d.flags],
          }) as TrendChange,
        );
      }
    }
  }
  return out;
}
