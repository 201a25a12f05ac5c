import { createChoiceMatcher } from './create-choice-matcher.ts';
import type { XlsFormChoice, XlsFormQuestion } from './xls-form.ts';

/** A cell value that could not be turned into choice names, with how often it occurs. */
export interface ChoiceValueProblem {
  kind: 'unknown' | 'ambiguous';
  value: string;
  count: number;
  /** 0-based data-row index of its first occurrence. */
  firstRow: number;
  /** The choices an ambiguous label stands for. */
  names: string[];
}

/**
 * Turns the cells of a select_one column or a select_multiple summary column into choice names
 * (see {@link createChoiceMatcher}); cells that match nothing, or several choices, stay as written and
 * are reported once per distinct value.
 *
 * @param cells - the column's cells
 * @param question - the select question of the column
 * @param choices - the question's choice list
 * @param language - language key tried first for labels (default: none preferred)
 * @returns the new cells (the same array when nothing changed) and the problems in order of first row
 * @example
 * ```ts
 * mapChoiceValues(['Jepang', 'KR', ''], dest1, countries, 'id').cells; // ['JP', 'KR', '']
 * ```
 */
export function mapChoiceValues(
  cells: string[],
  question: XlsFormQuestion,
  choices: XlsFormChoice[],
  language?: string,
): { cells: string[]; problems: ChoiceValueProblem[] } {
  const matcher = createChoiceMatcher(choices, language);
  const match = question.type === 'select_multiple' ? matcher.many : matcher.one;
  const memo = new Map<string, string | ChoiceValueProblem>();
  const problems: ChoiceValueProblem[] = [];
  let out: string[] | undefined;
  cells.forEach((cell, row) => {
    let result = memo.get(cell);
    if (result === undefined) {
      const m = match(cell);
      if (m.kind === 'keep') result = cell;
      else if (m.kind === 'names') result = m.names.join(' ');
      else {
        result = {
          kind: m.kind,
          value: cell,
          count: 0,
          firstRow: row,
          names: m.kind === 'ambiguous' ? m.names : [],
        };
        problems.push(result);
      }
      memo.set(cell, result);
    }
    if (typeof result !== 'string') {
      result.count++;
      return;
    }
    if (result !== cell) {
      out ??= [...cells];
      out[row] = result;
    }
  });
  return { cells: out ?? cells, problems };
}
