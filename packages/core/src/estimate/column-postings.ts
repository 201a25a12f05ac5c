import type { Categorical } from '../validate/validated-survey.ts';

/**
 * The rows of each level of a categorical column, ascending: level c's rows are
 * `rows[offsets[c + 1]..offsets[c + 2]]`, and rows missing the column (`-1`) are
 * `rows[offsets[0]..offsets[1]]`.
 */
export interface ColumnPostings {
  offsets: Int32Array;
  rows: Int32Array;
}

const built = new WeakMap<Int32Array, ColumnPostings>();

/**
 * The {@link ColumnPostings} of a column, built on first use by a counting sort (two passes over the
 * rows) and kept while the column's codes are: a filter then reads the rows of the levels it keeps
 * instead of every row of the survey. Internal to the estimate stage (`domainRows`); read-only.
 *
 * @example columnPostings(survey.wave!).offsets // [0, 0, 250_112, 500_087, …]
 */
export function columnPostings(column: Categorical): ColumnPostings {
  const known = built.get(column.codes);
  if (known) return known;
  const { codes } = column;
  const n = codes.length;
  const offsets = new Int32Array(column.levels.length + 2);
  for (let i = 0; i < n; i++) offsets[codes[i]! + 2]!++;
  for (let c = 2; c < offsets.length; c++) offsets[c]! += offsets[c - 1]!;
  // offsets[c + 1] is now where level c starts; filling advances it to where c ends (= c + 1 starts).
  const rows = new Int32Array(n);
  const next = offsets.slice();
  for (let i = 0; i < n; i++) rows[next[codes[i]! + 1]!++] = i;
  const postings = { offsets, rows };
  built.set(column.codes, postings);
  return postings;
}
