import type { SurveyDesign } from '../design/survey-design.ts';
import { RatioSums } from './ratio-sums.ts';

/**
 * The {@link RatioSums} of first-choice shares straight from the answers, without the per-row input
 * arrays of `shareInput` + `ratioSums` (the same sums, added in the same order): a respondent in the
 * domain adds its weight to the base (when it answered, or with base `all`) and to the unit of its
 * first choice. Only the given `rows` (ascending; every row when undefined) are visited.
 *
 * @param first - the first slot of a single or ranked question (`-1` = no answer)
 * @param unitOf - unit of each destination level
 * @param group - group of each row (`-1`: none); undefined = one group holding every row
 */
export function firstChoiceSums(
  design: SurveyDesign,
  first: Int32Array,
  unitOf: Int32Array,
  K: number,
  base: 'answered' | 'all',
  group: Int32Array | undefined,
  G: number,
  rows: Int32Array | undefined,
): RatioSums {
  const sums = new RatioSums(design, K, G);
  const { n, nPositive, count } = sums;
  const w = design.weights;
  const rowPsu = design.psu;
  const all = base === 'all';
  const m = rows ? rows.length : design.n;
  for (let j = 0; j < m; j++) {
    const i = rows ? rows[j]! : j;
    const g = group ? group[i]! : 0;
    if (g < 0) continue;
    const c = first[i]!;
    if (c < 0 && !all) continue;
    const s = sums.slot(g, rowPsu[i]!);
    const wi = w[i]!;
    if (wi > 0) sums.slotPositive[s] = 1;
    sums.B[s]! += wi * 1;
    n[g]!++;
    if (wi > 0) nPositive[g]!++;
    if (c >= 0) {
      const u = unitOf[c]!;
      sums.A[s * K + u]! += wi * 1;
      count[g * K + u]!++;
    }
  }
  return sums;
}
