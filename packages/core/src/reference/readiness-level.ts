/**
 * A level of a language test relevant to migrant workers (JLPT, JFT-Basic, CEFR, EPS-TOPIK, …), from
 * `data/reference/readiness_levels.csv`.
 */
export interface ReadinessLevel {
  /** Test or scale, e.g. `"JLPT"`, `"CEFR"`, `"EPS-TOPIK"`. */
  framework: string;
  /** Level within the framework, e.g. `"N4"`, `"B1"`. */
  level: string;
  /** Rank within the framework, 1 = lowest; absent for score-based tests. */
  order?: number;
  /** Approximate CEFR equivalent (`"n/a"` where none). */
  approxCefr: string;
  /** What the level is typically needed for. */
  typicalUse?: string;
  /** Confidence note of the compiler. */
  sourceConfidence: string;
}
