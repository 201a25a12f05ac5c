import type { Issue } from '../errors/issue.ts';
import { message } from '../messages/messages.ts';
import { findDuplicates } from './find-duplicates.ts';

/**
 * Warnings about the design that do not reject rows: duplicate respondent ids, and PSU ids that occur
 * in more than one stratum (PSUs are then keyed by stratum and PSU, as `nest=TRUE` does in R).
 *
 * @param id - Respondent ids of the accepted rows.
 * @param psuStrata - The distinct (PSU, stratum) pairs of the accepted rows in order of first appearance
 *   (`nestPsu`), when the design has both.
 */
export function designWarnings(
  file: string,
  rowNumbers: ArrayLike<number>,
  id: readonly string[] | undefined,
  psuStrata: readonly { psu: string; stratum: string }[] | undefined,
): Issue[] {
  const issues: Issue[] = [];
  if (id) {
    const { count, first } = findDuplicates(id);
    const example = first && {
      value: id[first[1]]!,
      rows: `${rowNumbers[first[0]]} and ${rowNumbers[first[1]]}`,
    };
    if (count > 0 && example) {
      issues.push({
        level: 'warning',
        code: 'id-duplicate',
        message: `${file}: ${message('id-duplicate', { count, ...example })}`,
        file,
        value: example.value,
        count,
      });
    }
  }
  if (psuStrata) {
    const strataOf = new Map<string, Set<string>>();
    for (const { psu, stratum } of psuStrata) {
      const s = strataOf.get(psu);
      if (s) s.add(stratum);
      else strataOf.set(psu, new Set([stratum]));
    }
    const shared = [...strataOf].filter(([, s]) => s.size > 1);
    if (shared.length > 0) {
      const [value, s] = shared[0]!;
      issues.push({
        level: 'warning',
        code: 'psu-in-several-strata',
        message: `${file}: ${message('psu-in-several-strata', { count: shared.length, value, strata: [...s].join(', ') })}`,
        file,
        value,
        count: shared.length,
      });
    }
  }
  return issues;
}
