import type { RequirementSpec } from './requirement-spec.ts';

/**
 * Language levels the main schemes of each destination ask for (data/reference/SOURCES.md §2.2, §6;
 * readiness_levels.csv), keyed by ISO 3166-1 alpha-2:
 * - `JP`: Specified Skilled Worker (i): JLPT N4 or better, or a JFT-Basic pass (A2, ≥ 200/250);
 * - `DE`: CEFR B1 or better (visa, Ausbildung start, Triple Win departure; nurse recognition needs B2);
 * - `KR`: EPS-TOPIK passed (recorded as passed / not passed).
 * Destinations not listed get no language row.
 * @example readiness(survey, design, { requirements: { ...DEFAULT_LANGUAGE_REQUIREMENTS, DE: { anyOf: [{ framework: 'CEFR', atLeast: 'B2' }] } } })
 */
export const DEFAULT_LANGUAGE_REQUIREMENTS: Readonly<Record<string, RequirementSpec>> = {
  JP: {
    anyOf: [
      { framework: 'JLPT', atLeast: 'N4' },
      { framework: 'JFT-Basic', atLeast: 'pass' },
    ],
    label: 'JLPT N4+ or JFT-Basic A2',
  },
  DE: { anyOf: [{ framework: 'CEFR', atLeast: 'B1' }], label: 'CEFR B1+' },
  KR: { anyOf: [{ framework: 'EPS-TOPIK', atLeast: 'passed' }], label: 'EPS-TOPIK passed' },
};
