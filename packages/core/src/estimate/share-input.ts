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
  const denominator = new Float64Array(n);
  const k = q.slots.length;
  const sets = q.sets;
  // Size the entries to the rows in scope (a filter keeps a fraction of them): at most one per row for
  // the first choice, one per slot (or per chosen code) otherwise.
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0 || group[i]! < 0) continue;
    capacity += sets ? sets.offsets[i + 1]! - sets.offsets[i]! : measure === 'first' ? 1 : k;
  }
  const index = new Int32Array(capacity);
  const value = new Float64Array(capacity);
  let used = 0;
  if (measure === 'first' && q.kind !== 'multi') {
    const first = q.slots[0]!;
    for (let i = 0; i < n; i++) {
      if (keep[i] !== 0 && group[i]! >= 0) {
        const c = first[i]!;
        if (c >= 0) {
          index[used] = unitOf[c]!;
          value[used++] = 1;
        }
        denominator[i] = c >= 0 || base === 'all' ? 1 : 0;
      }
      offsets[i + 1] = used;
    }
    return numeratorsOf(units, G, group, denominator, offsets, index, value, used);
  }
  const row = new Float64Array(units);
  const touched = new Int32Array(units);
  let nTouched = 0;
  const add = (u: number, v: number) => {
    if (row[u] === 0) touched[nTouched++] = u;
    row[u]! += v;
  };
  let maxCount = k;
  if (sets)
    for (let i = 0; i < n; i++) maxCount = Math.max(maxCount, sets.offsets[i + 1]! - sets.offsets[i]!);
  const picked = new Int32Array(maxCount);
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0 || group[i]! < 0) {
      offsets[i + 1] = used;
      continue;
    }
    let count = k;
    if (sets) {
      const from = sets.offsets[i]!;
      count = sets.offsets[i + 1]! - from;
      for (let r = 0; r < count; r++) picked[r] = sets.codes[from + r]!;
    } else for (let r = 0; r < k; r++) picked[r] = q.slots[r]![i]!;
    const answered = q.kind === 'multi' ? count > 0 : q.slots[0]![i]! >= 0;
    let b = 0;
    if (measure === 'first') {
      const c = q.kind === 'multi' ? -1 : q.slots[0]![i]!;
      if (c >= 0) add(unitOf[c]!, 1);
      b = answered || base === 'all' ? 1 : 0;
    } else if (measure === 'any' || measure === 'respondents') {
      for (let r = 0; r < count; r++) {
        const c = picked[r]!;
        if (c >= 0 && row[unitOf[c]!] === 0) add(unitOf[c]!, 1);
      }
      b = answered || base === 'all' ? 1 : 0;
    } else if (measure === 'borda') {
      for (let r = 0; r < count; r++) {
        const c = picked[r]!;
        if (c < 0) continue;
        add(unitOf[c]!, k - r);
        b += k - r;
      }
    } else {
      for (let r = 0; r < count; r++) {
        const c = picked[r]!;
        if (c < 0) continue;
        add(unitOf[c]!, 1);
        b += 1;
      }
    }
    denominator[i] = b;
    for (let t = 0; t < nTouched; t++) {
      const u = touched[t]!;
      index[used] = u;
      value[used++] = row[u]!;
      row[u] = 0;
    }
    nTouched = 0;
    offsets[i + 1] = used;
  }
  return numeratorsOf(units, G, group, denominator, offsets, index, value, used);
}

function numeratorsOf(
  K: number,
  G: number,
  group: Int32Array,
  denominator: Float64Array,
  offsets: Int32Array,
  index: Int32Array,
  value: Float64Array,
  used: number,
): RatioInput {
  return {
    K,
    G,
    group,
    denominator,
    numerators: {
      offsets,
      index: used === index.length ? index : index.subarray(0, used),
      value: used === value.length ? value : value.subarray(0, used),
    },
  };
}
