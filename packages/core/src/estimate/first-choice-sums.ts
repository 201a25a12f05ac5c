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
  const all = base === 'all';
  if (!grouping) {
    const overall = new RatioSums(design, K, 1);
    addRows(overall, design, first, unitOf, all, rows, undefined);
    return { overall };
  }
  // By group: the overall sums are the groups' added up when every row has a group (the usual case),
  // so the rows are visited once; a row without a group means another pass for the overall ones.
  const grouped = new RatioSums(design, K, grouping.G);
  const ungrouped = addRows(grouped, design, first, unitOf, all, rows, grouping.group);
  const overall =
    ungrouped > 0 ? firstChoiceSums(design, first, unitOf, K, base, rows).overall : pooled(design, grouped);
  return { overall, grouped };
}

/**
 * Adds each row (of `rows`, or every row) to `sums`: its weight to the base of its group and PSU, and to
 * its first choice's unit. Rows without an answer are skipped (base `answered`), rows without a group
 * (`group[i] < 0`) counted and skipped. One loop with the arrays in locals and the slot found in the
 * dense index: a browser worker runs it in its first compiler tiers, which did not inline a call per row.
 *
 * @returns the rows skipped for having no group
 */
function addRows(
  sums: RatioSums,
  design: SurveyDesign,
  first: Int32Array,
  unitOf: Int32Array,
  all: boolean,
  rows: Int32Array | undefined,
  group: Int32Array | undefined,
): number {
  const { K, P, dense, n, nPositive, count } = sums;
  const w = design.weights;
  const rowPsu = design.psu;
  let { A, B, slotPositive } = sums;
  let capacity = B.length;
  let ungrouped = 0;
  const m = rows ? rows.length : design.n;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j]! : j;
    const c = first[i]!;
    if (c < 0 && !all) continue;
    const g = group ? group[i]! : 0;
    if (g < 0) {
      ungrouped++;
      continue;
    }
    const p = rowPsu[i]!;
    let s = dense ? dense[g * P + p]! : -1;
    if (s < 0) {
      s = sums.slot(g, p);
      // Opening a slot may have grown the arrays.
      if (s >= capacity) {
        ({ A, B, slotPositive } = sums);
        capacity = B.length;
      }
    }
    const wi = w[i]!;
    if (wi > 0) {
      slotPositive[s] = 1;
      nPositive[g]!++;
    }
    B[s]! += wi;
    n[g]!++;
    const u = c >= 0 ? unitOf[c]! : -1;
    if (u >= 0) {
      A[s * K + u]! += wi;
      count[g * K + u]!++;
    }
  }
  return ungrouped;
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
