/** Intention stages, lowest first, as `ValidatedSurvey.intention` codes them. */
const STAGES = ['none', 'interest', 'plan', 'preparing'] as const;

/** One indicator of the intention funnel: its name and the stages that count. */
export interface IntentionIndicator {
  /** `stage:<stage>` (at that stage) or `stage:<stage>+` (at that stage or a later one). */
  indicator: string;
  stages: ReadonlySet<string>;
}

/**
 * The indicators of the intention funnel (interest → plan → preparing): the share AT each stage
 * (`stage:interest`, `stage:plan`, `stage:preparing`, adding to 1 with `stage:none`), then the
 * cumulative shares AT LEAST at a stage (`stage:plan+` = plan or preparing). `stage:preparing+` would
 * repeat `stage:preparing` and is left out. `stage:none` and `stage:interest+` (everyone but `none`)
 * are there only when the schema has values meaning "no intention"; otherwise `stage:interest+` would
 * be 1 by construction.
 *
 * @param hasNone - Whether the schema declares values for the `none` stage.
 * @example intentionIndicators(false).map((x) => x.indicator) // ['stage:interest', 'stage:plan', 'stage:preparing', 'stage:plan+']
 */
export function intentionIndicators(hasNone: boolean): IntentionIndicator[] {
  const from = hasNone ? 0 : 1;
  const at = STAGES.slice(from).map((s) => ({ indicator: `stage:${s}`, stages: new Set([s]) }));
  const atLeast = STAGES.slice(from + 1, STAGES.length - 1).map((s, j) => ({
    indicator: `stage:${s}+`,
    stages: new Set(STAGES.slice(from + 1 + j)),
  }));
  return [...at, ...atLeast];
}
