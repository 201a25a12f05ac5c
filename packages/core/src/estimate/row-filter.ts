import { MinatError } from '../errors/minat-error.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { groupingColumn } from './group-index.ts';

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
  // One flag per level of each filtered column (not a Set per row), then one pass over the rows.
  const columns: Int32Array[] = [];
  const flags: Uint8Array[] = [];
  for (const [key, values] of Object.entries(filter)) {
    const column = groupingColumn(survey, key);
    const wanted = new Uint8Array(column.levels.length);
    for (const v of values) {
      const code = column.levels.indexOf(v);
      if (code < 0) {
        throw new MinatError(
          'option-invalid',
          `invalid filter value ${JSON.stringify(v)} for ${key}: expected one of ${column.levels.join(', ')}`,
          {
            value: v,
            expected: column.levels.join(', '),
          },
        );
      }
      wanted[code] = 1;
    }
    columns.push(column.codes);
    flags.push(wanted);
  }
  const m = columns.length;
  for (let i = 0; i < n; i++) {
    let kept = 1;
    for (let j = 0; j < m; j++) {
      const c = columns[j]![i]!;
      if (c < 0 || flags[j]![c] === 0) {
        kept = 0;
        break;
      }
    }
    keep[i] = kept;
  }
  return keep;
}
