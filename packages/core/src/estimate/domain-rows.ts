import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { type RowFilter, rowFilter } from './row-filter.ts';

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
  const keep = rowFilter(survey, filter);
  let m = 0;
  for (let i = 0; i < keep.length; i++) m += keep[i]!;
  const rows = new Int32Array(m);
  let j = 0;
  for (let i = 0; i < keep.length; i++) if (keep[i] === 1) rows[j++] = i;
  mine.set(key, rows);
  if (mine.size > KEPT_PER_SURVEY) mine.delete(mine.keys().next().value as string);
  return rows;
}
