import { readinessFrameworks } from '../../validate/readiness-frameworks.ts';
import type { LanguageThreshold } from './requirement-spec.ts';

/**
 * Reads a list of alternative thresholds as text: `"<framework> <level>+"` (or without `+` for the
 * framework's top level, e.g. a pass), joined by `" or "`.
 * @example requirementText([{ framework: 'JLPT', atLeast: 'N4' }, { framework: 'JFT-Basic', atLeast: 'pass' }]) // 'JLPT N4+ or JFT-Basic pass'
 */
export function requirementText(thresholds: readonly LanguageThreshold[]): string {
  return thresholds
    .map((t) => {
      const levels = readinessFrameworks[t.framework] ?? [];
      const top = levels[levels.length - 1]?.code === t.atLeast;
      return `${t.framework} ${t.atLeast}${top ? '' : '+'}`;
    })
    .join(' or ');
}
