import type { ValidatedSurvey } from '../validate/validated-survey.ts';
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
 * The rows of a filter: the first column's rows in one branchless pass over the survey, written
 * straight into an array of the survey's length, then each further column narrows that list in place
 * (a wave keeps a quarter of the rows, so the second column reads a quarter of them), then the list is
 * cut. Each loop is small and the same for every filter, so it is fast from its first run: one loop
 * testing every column of every row took 50 ms the first time in a browser worker (1M rows).
 */
function filteredRows(survey: ValidatedSurvey, filter: RowFilter): Int32Array {
  const { codes, flags } = filterFlags(survey, filter);
  const n = survey.n;
  const out = new Int32Array(n);
  const first = codes[0]!;
  const firstFlags = flags[0]!;
  let j = 0;
  for (let i = 0; i < n; i++) {
    out[j] = i;
    j += firstFlags[first[i]! + 1]!;
  }
  for (let c = 1; c < codes.length; c++) {
    const column = codes[c]!;
    const keep = flags[c]!;
    let k = 0;
    for (let r = 0; r < j; r++) {
      const i = out[r]!;
      out[k] = i;
      k += keep[column[i]! + 1]!;
    }
    j = k;
  }
  return out.slice(0, j);
}
