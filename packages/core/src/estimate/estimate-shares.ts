import { applyReliability } from '../analyse/reliability/apply-reliability.ts';
import type { SurveyDesign } from '../design/survey-design.ts';
import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import type { DestinationAnswers, ValidatedSurvey } from '../validate/validated-survey.ts';
import { destinationUnits } from './destination-grouping.ts';
import { domainRows } from './domain-rows.ts';
import {
  type EstimateOptions,
  type NormalizedEstimateOptions,
  normalizeEstimateOptions,
} from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import { firstChoiceSums } from './first-choice-sums.ts';
import { type GroupIndex, groupMissingIssues } from './group-index.ts';
import { groupRow } from './group-row.ts';
import { ratioCellColumns } from './ratio-cell-columns.ts';
import { type RatioInput, type RatioTable, ratioTable, ratioTableOf } from './ratio-table.ts';
import { rowFilter } from './row-filter.ts';
import { shareInput } from './share-input.ts';
import { normalizeShareMeasure, type ShareMeasure, shareMeasures } from './share-measure.ts';
import { sharedGroupIndex } from './shared-group-index.ts';

/** An estimate table with what it is an estimate of. */
/** The ratio table behind an estimate table, for analyses that need covariances or replicates. */
export interface ShareTable {
  table: RatioTable;
  input: RatioInput;
  /** Destination units (countries or regions) in table order, and the display order (by overall share). */
  units: string[];
  order: number[];
  groups: GroupIndex;
  measure: ShareMeasure;
  base: 'answered' | 'all';
}

export interface EstimateResult {
  rows: EstimateRow[];
  by: string[];
  question: string;
  measure: ShareMeasure;
  base: 'answered' | 'all';
  /** False when shares of one group add up past 100% (e.g. multi-select respondents): say so in output. */
  sumsToOne: boolean;
  /** The ratio table and its inputs, for analyses that need covariances or replicate estimates. */
  shares: ShareTable;
  options: NormalizedEstimateOptions;
  issues: Issue[];
}

function question(survey: ValidatedSurvey, key: string | undefined): DestinationAnswers {
  if (key === undefined || key === survey.destination.key) return survey.destination;
  const q = survey.questions[key];
  if (!q) {
    const keys = [survey.destination.key, ...Object.keys(survey.questions)].join(', ');
    throw new MinatError(
      'option-invalid',
      `invalid question ${JSON.stringify(key)}: expected one of ${keys}`,
      { value: key, expected: keys },
    );
  }
  return q;
}

/**
 * Design-based shares of a destination question (first choice of a single or ranked question) for every
 * destination × group in one pass over the rows, with linearised SEs, intervals, df, design effects and
 * flags (methods.md §1–4). Groups are the combinations of `by` present among rows of nonzero weight;
 * rows are ordered by group (first appearance), then by the destination's share in the whole survey.
 * A destination absent from a group gets estimate 0 with the boundary treatment (Clopper–Pearson on n).
 * Reliability flags follow the chosen standard (default NCHS 2017); nothing is suppressed here
 * (`publishRows` does that).
 *
 * @example estimateShares(survey, buildDesign(survey), { by: ['sex'], ci: 'logit' }).rows[0]
 */
export function estimateShares(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: EstimateOptions = {},
): EstimateResult {
  return estimateSharesOfUnits(survey, design, options);
}

/**
 * {@link estimateShares} with the destination units given (`unitOf[c]`: the unit of destination level
 * c) instead of taken from the `destinations` grouping. Internal: `estimateOtherShare` merges the
 * destinations outside a chart into one unit this way, without recoding every answer.
 */
export function estimateSharesOfUnits(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: EstimateOptions,
  given?: { units: string[]; unitOf: Int32Array },
): EstimateResult {
  const opts = normalizeEstimateOptions(options);
  const q = question(survey, opts.question);
  const measure = normalizeShareMeasure(opts.measure, q.kind);
  const base = opts.base ?? q.base;
  const groups = opts.by.length === 0 ? wholeSurvey(survey.n) : sharedGroupIndex(survey, opts.by);
  const G = groups.labels.length;
  // First choices on an uncalibrated design (the common case) are summed straight from the answers
  // over the filter's rows; other measures, and calibrated designs, go through the per-row input.
  const direct = measure === 'first' && q.kind !== 'multi' && design.calibration.length === 0;
  const keep = direct ? undefined : rowFilter(survey, opts.filter);
  const domain = direct ? domainRows(survey, opts.filter) : undefined;
  const { units, unitOf } = given ?? destinationUnits(q.levels, opts.destinations);
  const K = units.length;
  let built: { overall: RatioInput; grouped?: RatioInput } | undefined;
  const inputs = () => {
    if (built) return built;
    const rowsKept = keep ?? rowFilter(survey, opts.filter);
    // Without `by`, the group index is all zeros: the overall input is the input.
    const overall = shareInput(
      q,
      measure,
      base,
      unitOf,
      K,
      opts.by.length === 0 ? groups.group : new Int32Array(survey.n),
      1,
      rowsKept,
    );
    built = { overall };
    if (opts.by.length > 0)
      built.grouped = groupedShareInput(overall, groups, () =>
        shareInput(q, measure, base, unitOf, K, groups.group, G, rowsKept),
      );
    return built;
  };
  const input = () => {
    const { overall, grouped } = inputs();
    return grouped ?? overall;
  };
  const summed = direct
    ? firstChoiceSums(
        design,
        q.slots[0]!,
        unitOf,
        K,
        base,
        domain,
        opts.by.length === 0 ? undefined : { group: groups.group, G },
      )
    : undefined;
  const overall = summed
    ? ratioTableOf(design, summed.overall, () => inputs().overall)
    : ratioTable(design, inputs().overall);
  const order = units
    .map((code, k) => ({ code, k, share: overall.cell(0, k).estimate }))
    .sort((a, b) => (b.share || 0) - (a.share || 0) || a.code.localeCompare(b.code));
  const table =
    opts.by.length === 0
      ? overall
      : summed?.grouped
        ? ratioTableOf(design, summed.grouped, input)
        : ratioTable(design, input());
  const rows: EstimateRow[] = [];
  for (let g = 0; g < G; g++) {
    for (const { code, k } of order) {
      rows.push(
        groupRow(groups.labels[g]!, {
          destination: code,
          measure,
          base,
          ...ratioCellColumns(table.cell(g, k), design, opts),
        }) as EstimateRow,
      );
    }
  }
  const issues: Issue[] = [...design.issues];
  issues.push(...groupMissingIssues(groups));
  return {
    rows: applyReliability(rows, opts.reliability),
    by: opts.by,
    question: q.key,
    measure,
    base,
    sumsToOne: shareMeasures[measure].sumsToOne,
    shares: {
      table,
      // Built when first read (the replicates of row-level weights need it; the tables do not).
      get input() {
        return input();
      },
      units,
      order: order.map((o) => o.k),
      groups,
      measure,
      base,
    },
    options: opts,
    issues,
  };
}

/**
 * The grouped input: the overall one with the group index swapped in when every row has a group (the
 * entries are the same), else built again (rows without a group have none).
 */
/** The one group of every row (its all-zero index allocated only if read). */
function wholeSurvey(n: number): GroupIndex {
  let group: Int32Array | undefined;
  return {
    by: [],
    get group() {
      group ??= new Int32Array(n);
      return group;
    },
    labels: [{}],
    missing: 0,
  };
}

function groupedShareInput(overall: RatioInput, groups: GroupIndex, build: () => RatioInput): RatioInput {
  const { group } = groups;
  for (let i = 0; i < group.length; i++) if (group[i]! < 0) return build();
  return { ...overall, group, G: groups.labels.length };
}
