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
  const keep = new Uint8Array(survey.n).fill(1);
  if (!filter) return keep;
  for (const [key, values] of Object.entries(filter)) {
    const column = groupingColumn(survey, key);
    const wanted = new Set<number>();
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
      wanted.add(code);
    }
    for (let i = 0; i < survey.n; i++) if (!wanted.has(column.codes[i]!)) keep[i] = 0;
  }
  return keep;
}
