import type { SurveyDesign } from '../../design/survey-design.ts';
import type { Issue } from '../../errors/issue.ts';
import {
  type EstimateOptions,
  type NormalizedEstimateOptions,
  normalizeEstimateOptions,
} from '../../estimate/estimate-options.ts';
import { groupMissingIssues } from '../../estimate/group-index.ts';
import { groupRow } from '../../estimate/group-row.ts';
import { ratioCellColumns, type StandardColumns } from '../../estimate/ratio-cell-columns.ts';
import { type RatioTable, ratioTableOf } from '../../estimate/ratio-table.ts';
import { sharedGroupIndex } from '../../estimate/shared-group-index.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { applyReliability } from '../reliability/apply-reliability.ts';
import { DEFAULT_LANGUAGE_REQUIREMENTS } from './default-language-requirements.ts';
import { indicatorSums } from './indicator-sums.ts';
import { intentionIndicators } from './intention-indicators.ts';
import { type LanguageStatus, languageStatus } from './language-status.ts';
import { domainRowsOf } from './readiness-domains.ts';
import { readinessScope } from './readiness-scope.ts';
import type { RequirementSpec } from './requirement-spec.ts';
import { requirementText } from './requirement-text.ts';

/** Options of {@link readiness}: estimate options plus the language requirements. */
export interface ReadinessOptions extends EstimateOptions {
  /**
   * Language requirement per destination (ISO alpha-2), replacing the defaults
   * ({@link DEFAULT_LANGUAGE_REQUIREMENTS}: JP, DE, KR) when given; spread the defaults to extend them.
   */
  requirements?: Record<string, RequirementSpec>;
}

/** One row of a readiness table: grouping columns, what is estimated and among whom, standard columns. */
export interface ReadinessRow extends StandardColumns {
  [grouping: string]: string | number | null | string[];
  /** First-choice destination whose supporters form the domain. */
  destination: string;
  /** `stage:<stage>`, `stage:<stage>+`, `language` or `certificate`. */
  indicator: string;
  /** The language requirement read (e.g. `"JLPT N4+ or JFT-Basic A2"`); null for other indicators. */
  requirement: string | null;
  /** The base in words, e.g. `"first choice JP, answered intention"`. */
  base: string;
}

/** A readiness table with the requirements it applied and its diagnostics. */
export interface ReadinessResult {
  rows: ReadinessRow[];
  by: string[];
  /** Key of the destination question whose first choice defines the domains. */
  question: string;
  /** Requirements in force, by destination. */
  requirements: Record<string, RequirementSpec>;
  options: NormalizedEstimateOptions;
  issues: Issue[];
}

/**
 * The intention funnel and readiness of those who prefer each destination: for every destination named
 * as first choice (× the `by` groups), among its supporters, design-based shares with the standard
 * columns of
 * - the intention stage (`stage:interest`, `stage:plan`, `stage:preparing`: the share AT each stage;
 *   `stage:plan+`: plan or preparing; see {@link intentionIndicators}),
 * - `language`: meeting the destination's language requirement ({@link DEFAULT_LANGUAGE_REQUIREMENTS};
 *   destinations without one, or without a language column that can check it, get no such row;
 *   see {@link languageStatus} for levels and missing answers),
 * - `certificate`: holding a skill certificate.
 * Each share has its own base: supporters of the destination who answered that item; the others leave
 * the domain, the design is kept. `by` and `filter` also accept `intention` (e.g. readiness of those
 * preparing). Rows are ordered by group, then destination by overall first-choice weight.
 *
 * @param survey - Validated survey with intention and/or readiness fields in its schema.
 * @param design - Its design (`buildDesign`).
 * @param options - `by`, `filter`, `question` (single or ranked; its first choice), `ci`, `level`,
 *   `df` as {@link EstimateOptions}, and `requirements`. `measure` must be `first`, `base` `answered`,
 *   `destinations` `country` (defaults).
 * @returns The rows and the requirements applied.
 * @throws MinatError `schema-invalid` when the schema has neither intention nor readiness fields;
 *   `option-invalid` for a bad option or requirement.
 * @example readiness(survey, buildDesign(survey), { filter: { wave: ['2026'] } }).rows.filter((r) => r.destination === 'JP')
 */
export function readiness(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: ReadinessOptions = {},
): ReadinessResult {
  const opts = normalizeEstimateOptions(options);
  const { scoped, q, destinationOrder } = readinessScope(survey, opts);
  const requirements = options.requirements ?? { ...DEFAULT_LANGUAGE_REQUIREMENTS };
  const issues: Issue[] = [...design.issues];
  // Rows of a filter and groups of a grouping are remembered per survey object: without intention
  // among the keys, those of the survey itself (shared with the other estimates of the same filter).
  const keys = [...opts.by, ...Object.keys(opts.filter ?? {})];
  const keyed = keys.includes('intention') ? scoped : survey;
  const groups = sharedGroupIndex(keyed, opts.by);
  const L = q.levels.length;
  const domains = domainRowsOf(keyed, opts.filter, groups.group, q.slots[0]!, L, groups.labels.length * L);
  const { rows: at } = domains;
  const m = at.length;
  const first = q.slots[0]!;
  const destinations = destinationOrder(at, domains.domain);
  type Block = { indicator: string; k: number; table: RatioTable };
  const blocks: Block[] = [];
  const baseText: Record<string, (code: string) => string> = {};
  const table = (K: number, code: Int32Array) => {
    const { sums, input } = indicatorSums(design, domains, K, code);
    return ratioTableOf(design, sums, input);
  };
  const intention = survey.intention;
  if (intention) {
    const column = survey.schema.intention?.column ?? 'intention';
    const indicators = intentionIndicators((survey.schema.intention?.stages.none.length ?? 0) > 0);
    // The indicators each intention level meets, as bits.
    const bits = Int32Array.from(intention.levels, (stage) =>
      indicators.reduce((b, x, k) => (x.stages.has(stage) ? b | (1 << k) : b), 0),
    );
    const code = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      const c = intention.codes[at[j]!]!;
      code[j] = c < 0 ? -1 : bits[c]!;
    }
    const t = table(indicators.length, code);
    indicators.forEach((x, k) => {
      blocks.push({ indicator: x.indicator, k, table: t });
      baseText[x.indicator] = (code) => `first choice ${code}, answered ${column}`;
    });
  }
  const language = languageBlock(survey, q.levels, destinations, requirements, issues);
  if (language) {
    const code = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      const i = at[j]!;
      const status = language.byLevel[first[i]!];
      code[j] = status ? status.status(i) : -1;
    }
    blocks.push({ indicator: 'language', k: 0, table: table(1, code) });
  }
  const certificate = survey.readiness?.certificate;
  if (certificate) {
    const code = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      const c = certificate[at[j]!]!;
      code[j] = c < 0 ? -1 : c === 1 ? 1 : 0;
    }
    blocks.push({ indicator: 'certificate', k: 0, table: table(1, code) });
    const column = survey.schema.readiness?.certificate?.column ?? 'certificate';
    baseText['certificate'] = (code) => `first choice ${code}, answered ${column}`;
  }
  const rows: ReadinessRow[] = [];
  groups.labels.forEach((labels, g) => {
    for (const c of destinations) {
      const code = q.levels[c]!;
      for (const b of blocks) {
        let requirement: string | null = null;
        let base: string;
        if (b.indicator === 'language') {
          const status = language?.byLevel[c];
          if (!status) continue;
          requirement = language!.text[c]!;
          base = `first choice ${code}, language known (${status.columns.join(', ')})`;
        } else base = baseText[b.indicator]!(code);
        const cell = b.table.cell(g * L + c, b.k);
        rows.push(
          groupRow(labels, {
            destination: code,
            indicator: b.indicator,
            requirement,
            base,
            ...ratioCellColumns(cell, design, opts),
          }) as ReadinessRow,
        );
      }
    }
  });
  issues.push(...groupMissingIssues(groups));
  return {
    rows: applyReliability(rows, opts.reliability),
    by: opts.by,
    question: q.key,
    requirements,
    options: opts,
    issues,
  };
}

/** Language status of each destination level with a checkable requirement, and its requirement text. */
function languageBlock(
  survey: ValidatedSurvey,
  levels: readonly string[],
  shown: readonly number[],
  requirements: Record<string, RequirementSpec>,
  issues: Issue[],
): { byLevel: (LanguageStatus | undefined)[]; text: (string | undefined)[] } | undefined {
  const readinessAnswers = survey.readiness;
  const byLevel: (LanguageStatus | undefined)[] = levels.map(() => undefined);
  const text: (string | undefined)[] = levels.map(() => undefined);
  for (const c of shown) {
    const code = levels[c]!;
    const spec = requirements[code];
    if (!spec) continue;
    const status = readinessAnswers ? languageStatus(readinessAnswers, code, spec) : undefined;
    if (!status) {
      issues.push({
        level: 'info',
        code: 'readiness-requirement-unchecked',
        message: `no language column can check the requirement for ${code} (${spec.label ?? requirementText(spec.anyOf)}): no language row for ${code}`,
        value: code,
      });
      continue;
    }
    byLevel[c] = status;
    text[c] =
      status.unchecked.length === 0
        ? (spec.label ?? requirementText(spec.anyOf))
        : requirementText(status.used);
    if (status.unchecked.length > 0) {
      issues.push({
        level: 'warning',
        code: 'readiness-requirement-partial',
        message: `the requirement for ${code} is read as "${text[c]}" only: no column for ${requirementText(status.unchecked)}`,
        value: code,
      });
    }
  }
  return byLevel.some((s) => s !== undefined) ? { byLevel, text } : undefined;
}
