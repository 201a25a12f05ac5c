import { normalizeSuppression } from './normalize-suppression.ts';
import type {
  SuppressedRow,
  SuppressibleRow,
  SuppressionOptions,
  SuppressionReason,
} from './suppression-types.ts';

const NULLED = ['estimate', 'se', 'ci_low', 'ci_high', 'count_unweighted', 'cv', 'deff', 'n_eff'];

/**
 * Small-cell suppression (methods.md §9.2): a cell is suppressed when its unweighted denominator
 * `n_unweighted` is below `denominator` (reason `denominator`), its unweighted numerator
 * `count_unweighted` is in 1..numerator−1 (`numerator`), or its complement n − count is in
 * 1..numerator−1 (`complement`: a 98% share of 100 respondents reveals the 2 who chose otherwise).
 * A suppressed row keeps its place, its grouping columns, `n_unweighted` and `n_weighted` (the base is
 * published), but `estimate`, `se`, `ci_low`, `ci_high`, `cv`, `deff`, `n_eff` and `count_unweighted`
 * become null (the count is the numerator the rule protects), and it gains one flag
 * `suppressed:<reason>` per reason that applies. Suppressed never reads as zero. Zero counts and zero
 * complements are kept unless `zeros: 'suppress'`. Rows already flagged `suppressed:…` are returned as
 * they are, so applying twice gives the same rows; other rows are returned unchanged (as copies).
 * Complementary (secondary) suppression is not done.
 * @param rows - Estimate rows (not modified).
 * @param options - Thresholds; see {@link SuppressionOptions}.
 * @returns New rows.
 * @throws MinatError `option-invalid` for a bad threshold.
 * @example suppressSmallCells(rows, { numerator: 5, denominator: 30 })
 */
export function suppressSmallCells<R extends SuppressibleRow>(
  rows: readonly R[],
  options: SuppressionOptions = {},
): SuppressedRow<R>[] {
  const opts = normalizeSuppression(options);
  const nulled = [...NULLED, ...opts.nullColumns];
  return rows.map((row): SuppressedRow<R> => {
    const reasons = row.flags.some((f) => f.startsWith('suppressed:')) ? [] : reasonsOf(row, opts);
    if (reasons.length === 0) return { ...row, flags: [...row.flags] } as SuppressedRow<R>;
    const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (const column of nulled) if (column in out) out[column] = null;
    out.flags = [...row.flags, ...reasons.map((r) => `suppressed:${r}`)];
    return out as SuppressedRow<R>;
  });
}

function reasonsOf(row: SuppressibleRow, opts: Required<SuppressionOptions>): SuppressionReason[] {
  const small = (x: number) => x < opts.numerator && (x > 0 || opts.zeros === 'suppress');
  const n = row.n_unweighted;
  const count = row.count_unweighted;
  const reasons: SuppressionReason[] = [];
  if (n < opts.denominator) reasons.push('denominator');
  if (count !== null && small(count)) reasons.push('numerator');
  if (count !== null && count <= n && small(n - count)) reasons.push('complement');
  return reasons;
}
