import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { filterFlags } from './filter-flags.ts';

/** A subpopulation: grouping key → the values kept (e.g. `{ sex: ['F'], province: ['35', '52'] }`). */
export type RowFilter = Record<string, readonly string[]>;

/**
 * Which rows are in the subpopulation (1) or not (0). Rows outside leave the domain; the design is
 * kept (domain estimation, never subset-then-estimate). Keys are grouping keys: dimension keys,
 * `wave`, `province`, `island_group`.
 * @throws MinatError `option-invalid` naming an unknown key or a value the column never takes
 * @example rowFilter(survey, { sex: ['F'] })
 */
export function rowFilter(survey: ValidatedSurvey, filter: RowFilter | undefined): Uint8Array {
  const n = survey.n;
  const keep = new Uint8Array(n);
  if (!filter || Object.keys(filter).length === 0) return keep.fill(1);
  const { columns, flags } = filterFlags(survey, filter);
  const codes = columns.map((c) => c.codes);
  const m = codes.length;
  for (let i = 0; i < n; i++) {
    let kept = 1;
    for (let j = 0; j < m; j++) {
      if (flags[j]![codes[j]![i]! + 1] === 0) {
        kept = 0;
        break;
      }
    }
    keep[i] = kept;
  }
  return keep;
}
