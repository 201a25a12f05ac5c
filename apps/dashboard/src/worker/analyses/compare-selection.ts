import type { CompareSettings } from '../../state/dashboard-state.ts';
import type { GroupingInfo, LevelInfo, SurveyInfo } from '../protocol.ts';

/** Groupings the Compare view never offers as `by`: waves have their own mode, provinces are too many. */
const NOT_COMPARED = ['wave', 'province'];

/** What the Compare view compares, with the defaults filled in (the page and the worker both use it). */
export type CompareSelection =
  | {
      mode: 'groups' | 'waves';
      /** The grouping key compared: a dimension key, `island_group`, or `wave` in waves mode. */
      by: string;
      /** The reference level (groups) or the earlier wave (waves). */
      a: string;
      /** The level or wave compared with `a`. */
      b: string;
      /** Groupings offered in groups mode (dimensions in schema order, then the island group). */
      choices: GroupingInfo[];
      /** Levels offered for `a` and `b` (the grouping's levels, or the waves in order). */
      levels: LevelInfo[];
    }
  | { mode: 'groups' | 'waves'; problem: 'noGroups' | 'noWaves'; count: number };

/**
 * Resolves the Compare settings against the survey: an unknown or empty `by` becomes the first
 * dimension with two or more levels, unknown or empty `a`/`b` its first two levels; in waves mode
 * `a`/`b` default to the previous and the latest wave. Returns a `problem` when there is nothing to
 * compare (no grouping with two levels, fewer than two waves).
 * @example compareSelection(info, { mode: 'groups', by: '', a: '', b: '' }) // { by: 'sex', a: 'M', b: 'F', … }
 */
export function compareSelection(info: SurveyInfo, compare: CompareSettings): CompareSelection {
  const { mode } = compare;
  if (mode === 'waves') {
    const levels = info.groupings.find((g) => g.key === 'wave')?.levels ?? [];
    if (levels.length < 2) return { mode, problem: 'noWaves', count: levels.length };
    const codes = levels.map((l) => l.code);
    const a = codes.includes(compare.a) ? compare.a : codes.at(-2)!;
    const b = codes.includes(compare.b) ? compare.b : ([...codes].reverse().find((c) => c !== a) ?? a);
    return { mode, by: 'wave', a, b, choices: comparable(info), levels };
  }
  const choices = comparable(info);
  const grouping = choices.find((g) => g.key === compare.by) ?? choices[0];
  if (!grouping) return { mode, problem: 'noGroups', count: 0 };
  const codes = grouping.levels.map((l) => l.code);
  const a = codes.includes(compare.a) ? compare.a : codes[0]!;
  const b = codes.includes(compare.b) ? compare.b : (codes.find((c) => c !== a) ?? a);
  return { mode, by: grouping.key, a, b, choices, levels: grouping.levels };
}

function comparable(info: SurveyInfo): GroupingInfo[] {
  const offered = info.groupings.filter((g) => !NOT_COMPARED.includes(g.key) && g.levels.length >= 2);
  const island = offered.filter((g) => g.key === 'island_group');
  return [...offered.filter((g) => g.key !== 'island_group'), ...island];
}
