import type { SurveyDesign } from '../design/survey-design.ts';
import { RatioSums } from './ratio-sums.ts';

/**
 * The {@link RatioSums} of first-choice shares straight from the answers, without the per-row input
 * arrays of `shareInput` + `ratioSums` (the same sums, added in the same order): a respondent in the
 * domain adds its weight to the base (when it answered, or with base `all`) and to the unit of its
 * first choice. Only the given `rows` (ascending; every row when undefined) are visited: for the
 * overall table (one group) and, with `grouping`, for the table by group (rows of group `-1` left out),
 * whose sums then give the overall ones when no row was left out.
 *
 * @param first - the first slot of a single or ranked question (`-1` = no answer)
 * @param unitOf - unit of each destination level
 */
export function firstChoiceSums(
  design: SurveyDesign,
  first: Int32Array,
  unitOf: Int32Array,
  K: number,
  base: 'answered' | 'all',
  rows: Int32Array | undefined,
  grouping?: { group: Int32Array; G: number },
): { overall: RatioSums; grouped?: RatioSums } {
  const w = design.weights;
  const rowPsu = design.psu;
  const all = base === 'all';
  const m = rows ? rows.length : design.n;
  if (!grouping) {
    const overall = new RatioSums(design, K, 1);
    for (let j = 0; j < m; j++) {
      const i = rows ? rows[j]! : j;
      const c = first[i]!;
      if (c < 0 && !all) continue;
      add(overall, 0, overall.slot(0, rowPsu[i]!), w[i]!, c >= 0 ? unitOf[c]! : -1, K);
    }
    return { overall };
  }
  // By group: the overall sums are the groups' added up when every row has a group (the usual case),
  // so the rows are visited once; a row without a group means another pass for the overall ones.
  const { group, G } = grouping;
  const grouped = new RatioSums(design, K, G);
  let ungrouped = 0;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j]! : j;
    const c = first[i]!;
    if (c < 0 && !all) continue;
    const g = group[i]!;
    if (g < 0) {
      ungrouped++;
      continue;
    }
    add(grouped, g, grouped.slot(g, rowPsu[i]!), w[i]!, c >= 0 ? unitOf[c]! : -1, K);
  }
  const overall =
    ungrouped > 0 ? firstChoiceSums(design, first, unitOf, K, base, rows).overall : pooled(design, grouped);
  return { overall, grouped };
}

/**
 * The one-group sums of grouped sums: per PSU, the slots of every group added (in slot order), the
 * counts of every group added. The same numbers as a pass over the rows, up to the order of additions.
 */
function pooled(design: SurveyDesign, grouped: RatioSums): RatioSums {
  const { K, G } = grouped;
  const overall = new RatioSums(design, K, 1);
  for (let s = 0; s < grouped.size; s++) {
    const t = overall.slot(0, grouped.slotPsu[s]!);
    overall.B[t]! += grouped.B[s]!;
    if (grouped.slotPositive[s]) overall.slotPositive[t] = 1;
    for (let k = 0; k < K; k++) overall.A[t * K + k]! += grouped.A[s * K + k]!;
  }
  for (let g = 0; g < G; g++) {
    overall.n[0]! += grouped.n[g]!;
    overall.nPositive[0]! += grouped.nPositive[g]!;
    for (let k = 0; k < K; k++) overall.count[k]! += grouped.count[g * K + k]!;
  }
  return overall;
}

/** One respondent of group g in slot s: weight wi to the base, and to unit u when it chose one. */
function add(sums: RatioSums, g: number, s: number, wi: number, u: number, K: number): void {
  if (wi > 0) sums.slotPositive[s] = 1;
  sums.B[s]! += wi * 1;
  sums.n[g]!++;
  if (wi > 0) sums.nPositive[g]!++;
  if (u >= 0) {
    sums.A[s * K + u]! += wi * 1;
    sums.count[g * K + u]!++;
  }
}
