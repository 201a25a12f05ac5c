import { MinatError } from '../errors/minat-error.ts';
import type { Categorical, ValidatedSurvey } from '../validate/validated-survey.ts';
import { groupingColumn } from './group-index.ts';
import type { RowFilter } from './row-filter.ts';

/** The columns of a filter and, for each, a flag per code shifted by one (`flags[c + 1]`, 0 for missing `-1`). */
export interface FilterFlags {
  columns: Categorical[];
  flags: Uint8Array[];
}

/**
 * Each filtered column and which of its levels are kept (one flag per level, not a
 * Set per row): a row is in the filter when `flags[j][columns[j].codes[i] + 1] === 1` for every j. Internal to
 * the estimate stage (`rowFilter`, `domainRows`).
 *
 * @throws MinatError `option-invalid` naming an unknown key or a value the column never takes
 */
export function filterFlags(survey: ValidatedSurvey, filter: RowFilter): FilterFlags {
  const flags: Uint8Array[] = [];
  const columns: Categorical[] = [];
  for (const [key, values] of Object.entries(filter)) {
    const column = groupingColumn(survey, key);
    const wanted = new Uint8Array(column.levels.length + 1);
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
      wanted[code + 1] = 1;
    }
    flags.push(wanted);
    columns.push(column);
  }
  return { columns, flags };
}
