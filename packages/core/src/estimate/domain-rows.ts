import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { type ColumnPostings, columnPostings } from './column-postings.ts';
import { filterFlags } from './filter-flags.ts';
import type { RowFilter } from './row-filter.ts';

const remembered = new WeakMap<ValidatedSurvey, Map<string, Int32Array>>();
const KEPT_PER_SURVEY = 8;

/**
 * The rows of a subpopulation, ascending (undefined when there is no filter: every row), as
 * `rowFilter` keeps them. The last few filters of each survey are remembered, so the estimates of one
 * filter (shares, the share outside a chart's top, the ranking) find its rows once. Internal and
 * read-only: the array is shared between calls.
 *
 * @throws MinatError `option-invalid` as `rowFilter`
 */
export function domainRows(survey: ValidatedSurvey, filter: RowFilter | undefined): Int32Array | undefined {
  if (!filter || Object.keys(filter).length === 0) return undefined;
  let mine = remembered.get(survey);
  if (!mine) {
    mine = new Map();
    remembered.set(survey, mine);
  }
  const key = JSON.stringify(filter);
  const known = mine.get(key);
  if (known) {
    mine.delete(key);
    mine.set(key, known);
    return known;
  }
  const rows = filteredRows(survey, filter);
  mine.set(key, rows);
  if (mine.size > KEPT_PER_SURVEY) mine.delete(mine.keys().next().value as string);
  return rows;
}

/**
 * The rows of a filter: the rows of the levels kept in its most selective column (from that column's
 * {@link columnPostings}, merged when it keeps several levels), each checked against the other
 * columns' kept levels. A wave filter reads that wave's rows, not the survey's; and every loop is
 * small, so it is fast from its first run in a browser worker.
 */
function filteredRows(survey: ValidatedSurvey, filter: RowFilter): Int32Array {
  const { columns, flags } = filterFlags(survey, filter);
  const postings = columns.map(columnPostings);
  // Rows each column keeps; the column keeping the fewest drives.
  const kept = postings.map((p, j) => {
    let count = 0;
    for (let c = 0; c + 1 < p.offsets.length; c++)
      if (flags[j]![c]) count += p.offsets[c + 1]! - p.offsets[c]!;
    return count;
  });
  let driver = 0;
  for (let j = 1; j < kept.length; j++) if (kept[j]! < kept[driver]!) driver = j;
  const candidates = keptRows(postings[driver]!, flags[driver]!);
  if (columns.length === 1) return candidates.slice();
  // The other columns narrow the driver's rows one after the other, in place (one small loop each).
  const out = new Int32Array(candidates.length);
  let from = candidates;
  let j = candidates.length;
  for (let c = 0; c < columns.length; c++) {
    if (c === driver) continue;
    const column = columns[c]!.codes;
    const keep = flags[c]!;
    let k = 0;
    for (let r = 0; r < j; r++) {
      const i = from[r]!;
      out[k] = i;
      k += keep[column[i]! + 1]!;
    }
    from = out;
    j = k;
  }
  return out.slice(0, j);
}

/** The rows of the levels flagged in `keep` (`keep[c + 1]`, c = -1 for missing), ascending. */
function keptRows(postings: ColumnPostings, keep: Uint8Array): Int32Array {
  const { offsets, rows } = postings;
  const runs: Int32Array[] = [];
  for (let c = 0; c + 1 < offsets.length; c++)
    if (keep[c] && offsets[c + 1]! > offsets[c]!) runs.push(rows.subarray(offsets[c]!, offsets[c + 1]!));
  if (runs.length === 0) return new Int32Array(0);
  if (runs.length === 1) return runs[0]!;
  // Several levels: their ascending lists merged two by two.
  let lists = runs;
  while (lists.length > 1) {
    const merged: Int32Array[] = [];
    for (let k = 0; k + 1 < lists.length; k += 2) merged.push(mergeAscending(lists[k]!, lists[k + 1]!));
    if (lists.length % 2 === 1) merged.push(lists.at(-1)!);
    lists = merged;
  }
  return lists[0]!;
}

function mergeAscending(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
