import { MinatError } from '../../errors/minat-error.ts';
import { readinessFrameworks } from '../../validate/readiness-frameworks.ts';
import type { ReadinessAnswers } from '../../validate/validated-survey.ts';
import type { LanguageThreshold, RequirementSpec } from './requirement-spec.ts';

/** Whether each respondent meets a destination's language requirement, and what was used to tell. */
export interface LanguageStatus {
  /** Of row i: 1 meets the requirement, 0 does not, -1 unknown (a needed answer is missing). */
  status(i: number): number;
  /** Survey columns consulted, in schema order. */
  columns: string[];
  /** Thresholds of the requirement that the survey can check (a column of that framework exists). */
  used: LanguageThreshold[];
  /** Thresholds without any column of their framework in the survey. */
  unchecked: LanguageThreshold[];
}

function thresholdRank(destination: string, t: LanguageThreshold): number {
  const levels = readinessFrameworks[t.framework];
  if (!levels) {
    const known = Object.keys(readinessFrameworks).join(', ');
    throw new MinatError(
      'option-invalid',
      `invalid requirement for ${destination}: framework ${JSON.stringify(t.framework)} is unknown; expected one of ${known}`,
      { value: t.framework, expected: known },
    );
  }
  const rank = levels.findIndex((l) => l.code === t.atLeast);
  if (rank <= 0) {
    const codes = levels.slice(1).map((l) => l.code);
    throw new MinatError(
      'option-invalid',
      `invalid requirement for ${destination}: ${t.framework} level ${JSON.stringify(t.atLeast)}; expected one of ${codes.join(', ')}`,
      { value: t.atLeast, expected: codes.join(', ') },
    );
  }
  return rank;
}

/**
 * Who meets a destination's language requirement. A language item counts for destination `k` when its
 * schema entry names `k` or names no destination, and its framework appears in `spec.anyOf`. Levels are
 * ranked in `readinessFrameworks` order (lowest first, `none` below all), so JLPT N3 meets "N4 or
 * better" and N5 does not. A respondent meets the requirement when any consulted answer reaches its
 * threshold; does not when every consulted answer is present and none does; is unknown otherwise
 * (a missing answer could have met it), and then leaves the domain of the estimate.
 *
 * @param readiness - The survey's readiness answers.
 * @param destination - ISO 3166-1 alpha-2 code of the destination.
 * @param spec - The requirement.
 * @returns The status, or `undefined` when no language column of the survey can check the requirement.
 * @throws MinatError `option-invalid` for an unknown framework or level
 * @example languageStatus(survey.readiness!, 'JP', DEFAULT_LANGUAGE_REQUIREMENTS.JP!)?.status(0)
 */
export function languageStatus(
  readiness: ReadinessAnswers,
  destination: string,
  spec: RequirementSpec,
): LanguageStatus | undefined {
  const ranks = spec.anyOf.map((t) => thresholdRank(destination, t));
  const items = readiness.language.flatMap((item) => {
    if (item.destination !== undefined && item.destination !== destination) return [];
    const t = spec.anyOf.findIndex((a) => a.framework === item.framework);
    if (t < 0) return [];
    const registry = readinessFrameworks[item.framework]!;
    const rankOf = Int32Array.from(item.level.levels, (code) => registry.findIndex((l) => l.code === code));
    return [{ item, threshold: ranks[t]!, rankOf, spec: t }];
  });
  if (items.length === 0) return undefined;
  const status = (i: number) => {
    let s = 0;
    for (const { item, threshold, rankOf } of items) {
      const code = item.level.codes[i]!;
      if (code < 0) s = -1;
      else if (rankOf[code]! >= threshold) return 1;
    }
    return s;
  };
  const usedIndex = new Set(items.map((x) => x.spec));
  return {
    status,
    columns: items.map((x) => x.item.column),
    used: spec.anyOf.filter((_, t) => usedIndex.has(t)),
    unchecked: spec.anyOf.filter((_, t) => !usedIndex.has(t)),
  };
}
