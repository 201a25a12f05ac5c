import type { SurveyDesign } from '../design/survey-design.ts';
import { RatioSums } from './ratio-sums.ts';

/**
 * The {@link RatioSums} of first-choice shares straight from the answers, without the per-row input
 * arrays of `shareInput` + `ratioSums` (the same sums, added in the same order): a respondent in the
 * domain adds its weight to the base (when it answered, or with base `all`) and to the unit of its
 * first choice. Only the given `rows` (ascending; every row when undefined) are visited, once for the
 * overall table (one group) and, with `grouping`, for the table by group (rows of group `-1` left out).
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
  const overall = new RatioSums(design, K, 1);
  const grouped = grouping ? new RatioSums(design, K, grouping.G) : undefined;
  const group = grouping?.group;
  const w = design.weights;
  const rowPsu = design.psu;
  const all = base === 'all';
  const m = rows ? rows.length : design.n;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j]! : j;
    const c = first[i]!;
    if (c < 0 && !all) continue;
    const p = rowPsu[i]!;
    const wi = w[i]!;
    const u = c >= 0 ? unitOf[c]! : -1;
    add(overall, 0, overall.slot(0, p), wi, u, K);
    if (grouped) {
      const g = group![i]!;
      if (g >= 0) add(grouped, g, grouped.slot(g, p), wi, u, K);
    }
  }
  return grouped ? { overall, grouped } : { overall };
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
