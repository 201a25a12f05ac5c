/** One way to meet a language requirement: a level of a test framework, or any higher level. */
export interface LanguageThreshold {
  /** Framework as in the schema and `readinessFrameworks`: `JLPT`, `JFT-Basic`, `CEFR`, `EPS-TOPIK`, `TOPIK`. */
  framework: string;
  /**
   * Lowest level that counts, a code of `readinessFrameworks[framework]` (e.g. `N4`, `B1`, `pass`,
   * `passed`); levels are ordered lowest first, so `N3` meets `N4` and `N5` does not.
   */
  atLeast: string;
}

/**
 * The language level a destination's schemes ask for: met when any one of `anyOf` is met
 * (e.g. Japan's SSW: JLPT N4 or better, or a JFT-Basic pass).
 * @example const jp: RequirementSpec = { anyOf: [{ framework: 'JLPT', atLeast: 'N4' }], label: 'JLPT N4+' };
 */
export interface RequirementSpec {
  anyOf: LanguageThreshold[];
  /** Text of the `requirement` column; default built from `anyOf`, e.g. `"JLPT N4+ or JFT-Basic pass"`. */
  label?: string;
}
