import type { Issue } from '../errors/issue.ts';
import { message } from '../messages/messages.ts';

/**
 * Warnings about the design that do not reject rows: duplicate respondent ids, and PSU ids that occur
 * in more than one stratum (PSUs are then keyed by stratum and PSU, as `nest=TRUE` does in R).
 */
export function designWarnings(
  file: string,
  rowNumbers: ArrayLike<number>,
  id: readonly string[] | undefined,
  strata: readonly string[] | undefined,
  psu: readonly string[] | undefined,
): Issue[] {
  const issues: Issue[] = [];
  if (id) {
    const first = new Map<string, number>();
    let count = 0;
    let example: { value: string; rows: string } | undefined;
    for (let i = 0; i < id.length; i++) {
      const v = id[i]!;
      if (v === '') continue;
      const j = first.get(v);
      if (j === undefined) first.set(v, i);
      else {
        count++;
        example ??= { value: v, rows: `${rowNumbers[j]} and ${rowNumbers[i]}` };
      }
    }
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
  if (strata && psu) {
    const strataOf = new Map<string, Set<string>>();
    for (let i = 0; i < psu.length; i++) {
      const s = strataOf.get(psu[i]!);
      if (s) s.add(strata[i]!);
      else strataOf.set(psu[i]!, new Set([strata[i]!]));
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
