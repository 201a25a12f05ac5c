import type { DestinationAnswers } from '../validate/validated-survey.ts';
import type { RatioInput } from './ratio-table.ts';
import type { ShareMeasure } from './share-measure.ts';

/**
 * The ratio-estimator input of a share measure (methods.md §8): numerators `a_ik` and denominator `b_i`
 * for every respondent, with destinations mapped to units (countries or regions, `unitOf`).
 *
 * - `first`: a = 1 for the unit of the first choice; b = answered (or 1 with base `all`).
 * - `any` / `respondents`: a = 1 for every unit named at least once; b = answered (or 1).
 * - `borda`: a = points (k for the first of k ranks … 1 for the k-th) summed by unit; b = the
 *   respondent's total points (a ratio: share of all points).
 * - `mentions`: a = mentions of the unit; b = the respondent's number of mentions.
 *
 * "Answered" means a first choice for ranked and single questions, at least one mention for multi.
 * Rows with `keep[i] = 0` (filter) or `group[i] < 0` are outside every domain.
 */
export function shareInput(
  q: DestinationAnswers,
  measure: ShareMeasure,
  base: 'answered' | 'all',
  unitOf: Int32Array,
  units: number,
  group: Int32Array,
  G: number,
  keep: Uint8Array,
): RatioInput {
  const n = q.answered.length;
  const offsets = new Int32Array(n + 1);
  const index: number[] = [];
  const value: number[] = [];
  const denominator = new Float64Array(n);
  const row = new Float64Array(units);
  const touched: number[] = [];
  const add = (u: number, v: number) => {
    if (row[u] === 0) touched.push(u);
    row[u]! += v;
  };
  const k = q.slots.length;
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0 || group[i]! < 0) {
      offsets[i + 1] = index.length;
      continue;
    }
    const chosen: number[] = [];
    if (q.sets)
      for (let j = q.sets.offsets[i]!; j < q.sets.offsets[i + 1]!; j++) chosen.push(q.sets.codes[j]!);
    else for (const slot of q.slots) chosen.push(slot[i]!);
    const answered = q.kind === 'multi' ? chosen.length > 0 : (q.slots[0]![i] ?? -1) >= 0;
    let b = 0;
    if (measure === 'first') {
      const c = q.kind === 'multi' ? -1 : q.slots[0]![i]!;
      if (c >= 0) add(unitOf[c]!, 1);
      b = answered || base === 'all' ? 1 : 0;
    } else if (measure === 'any' || measure === 'respondents') {
      for (const c of chosen) if (c >= 0 && row[unitOf[c]!] === 0) add(unitOf[c]!, 1);
      b = answered || base === 'all' ? 1 : 0;
    } else if (measure === 'borda') {
      chosen.forEach((c, r) => {
        if (c < 0) return;
        const points = k - r;
        add(unitOf[c]!, points);
        b += points;
      });
    } else {
      for (const c of chosen) {
        if (c < 0) continue;
        add(unitOf[c]!, 1);
        b += 1;
      }
    }
    denominator[i] = b;
    for (const u of touched) {
      index.push(u);
      value.push(row[u]!);
      row[u] = 0;
    }
    touched.length = 0;
    offsets[i + 1] = index.length;
  }
  return {
    K: units,
    G,
    group,
    denominator,
    numerators: { offsets, index: Int32Array.from(index), value: Float64Array.from(value) },
  };
}
