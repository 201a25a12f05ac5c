import type { EstimateRow, RankingRow } from '@minat/core';

/** A published estimate row with the standard columns, for tests (n = 400 unless given). */
export function estimateRow(
  destination: string,
  estimate: number | null,
  ci: [number, number] | null,
  extra: Partial<EstimateRow> = {},
): EstimateRow {
  return {
    destination,
    measure: 'first',
    base: 'answered',
    estimate,
    se: estimate === null ? null : 0.01,
    ci_low: ci?.[0] ?? null,
    ci_high: ci?.[1] ?? null,
    df: 60,
    deff: 1.8,
    n_unweighted: 400,
    n_weighted: 120000,
    count_unweighted: estimate === null ? null : Math.round(estimate * 400),
    n_eff: 220,
    cv: estimate ? 0.01 / estimate : null,
    flags: [],
    ...extra,
  };
}

/** A ranking row: an estimate row with the ranking columns. */
export function rankingRow(
  destination: string,
  estimate: number | null,
  ci: [number, number] | null,
  rank: number | null,
  tieGroup: number | null,
  extra: Partial<RankingRow> = {},
): RankingRow {
  return {
    ...estimateRow(destination, estimate, ci),
    rank,
    diff_next: null,
    diff_next_se: null,
    diff_next_p: null,
    tie_group: tieGroup,
    p_first: null,
    rank_low: rank,
    rank_high: rank,
    ...extra,
  };
}

/** The inline data of a chart's body (first view of the vconcat), or of one of its layers. */
export function bodyOf(spec: unknown): Record<string, unknown> {
  return (spec as { vconcat: Record<string, unknown>[] }).vconcat[0]!;
}

/** The footer lines of a chart, as drawn. */
export function footerLines(spec: unknown): string[] {
  const footer = (spec as { vconcat: { data: { values: { text: string }[] } }[] }).vconcat[1];
  return footer ? footer.data.values.map((v) => v.text) : [];
}

/** The footer as one text (lines joined by spaces, wrapping undone). */
export function footerText(spec: unknown): string {
  return footerLines(spec).join(' ');
}
