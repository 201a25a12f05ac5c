import type { SurveyDesign } from '../../design/survey-design.ts';
import type { Issue } from '../../errors/issue.ts';
import {
  type EstimateOptions,
  type NormalizedEstimateOptions,
  normalizeEstimateOptions,
} from '../../estimate/estimate-options.ts';
import { groupIndex, groupMissingIssues } from '../../estimate/group-index.ts';
import { ratioCellColumns, type StandardColumns } from '../../estimate/ratio-cell-columns.ts';
import { ratioTable } from '../../estimate/ratio-table.ts';
import { rowFilter } from '../../estimate/row-filter.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { applyReliability } from '../reliability/apply-reliability.ts';
import { DEFAULT_LANGUAGE_REQUIREMENTS } from './default-language-requirements.ts';
import { indicatorInput } from './indicator-input.ts';
import { intentionIndicators } from './intention-indicators.ts';
import { type LanguageStatus, languageStatus } from './language-status.ts';
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
  const groups = groupIndex(scoped, opts.by);
  const keep = rowFilter(scoped, opts.filter);
  const L = q.levels.length;
  const G = groups.labels.length * L;
  const n = survey.n;
  const domain = new Int32Array(n).fill(-1);
  const first = q.slots[0]!;
  for (let i = 0; i < n; i++) {
    const g = groups.group[i]!;
    if (keep[i] === 1 && g >= 0 && first[i]! >= 0) domain[i] = g * L + first[i]!;
  }
  const destinations = destinationOrder(domain);
  type Block = { indicator: string; k: number; table: ReturnType<typeof ratioTable> };
  const blocks: Block[] = [];
  const baseText: Record<string, (code: string) => string> = {};
  const intention = survey.intention;
  if (intention) {
    const column = survey.schema.intention?.column ?? 'intention';
    const indicators = intentionIndicators((survey.schema.intention?.stages.none.length ?? 0) > 0);
    const K = indicators.length;
    const inBase = new Uint8Array(n);
    const hit = new Uint8Array(n * K);
    for (let i = 0; i < n; i++) {
      const c = intention.codes[i]!;
      if (c < 0) continue;
      inBase[i] = 1;
      const stage = intention.levels[c]!;
      indicators.forEach((x, k) => {
        if (x.stages.has(stage)) hit[i * K + k] = 1;
      });
    }
    const table = ratioTable(design, indicatorInput(domain, G, K, inBase, hit));
    indicators.forEach((x, k) => {
      blocks.push({ indicator: x.indicator, k, table });
      baseText[x.indicator] = (code) => `first choice ${code}, answered ${column}`;
    });
  }
  const language = languageBlock(survey, q.levels, destinations, requirements, issues);
  if (language) {
    const inBase = new Uint8Array(n);
    const hit = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const status = first[i]! >= 0 ? language.byLevel[first[i]!] : undefined;
      if (!status || status.status[i]! < 0) continue;
      inBase[i] = 1;
      hit[i] = status.status[i] === 1 ? 1 : 0;
    }
    blocks.push({
      indicator: 'language',
      k: 0,
      table: ratioTable(design, indicatorInput(domain, G, 1, inBase, hit)),
    });
  }
  const certificate = survey.readiness?.certificate;
  if (certificate) {
    const inBase = Uint8Array.from(certificate, (c) => (c >= 0 ? 1 : 0));
    const hit = Uint8Array.from(certificate, (c) => (c === 1 ? 1 : 0));
    blocks.push({
      indicator: 'certificate',
      k: 0,
      table: ratioTable(design, indicatorInput(domain, G, 1, inBase, hit)),
    });
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
        rows.push({
          ...labels,
          destination: code,
          indicator: b.indicator,
          requirement,
          base,
          ...ratioCellColumns(cell, design, opts),
        });
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
    const status = readinessAnswers ? languageStatus(readinessAnswers, code, spec, survey.n) : undefined;
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
