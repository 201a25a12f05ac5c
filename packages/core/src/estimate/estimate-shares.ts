import type { SurveyDesign } from '../design/survey-design.ts';
import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import type { DestinationAnswers, ValidatedSurvey } from '../validate/validated-survey.ts';
import { proportionInterval } from './ci/proportion-interval.ts';
import { destinationUnits } from './destination-grouping.ts';
import {
  type EstimateOptions,
  type NormalizedEstimateOptions,
  normalizeEstimateOptions,
} from './estimate-options.ts';
import type { EstimateRow } from './estimate-row.ts';
import { type GroupIndex, groupIndex } from './group-index.ts';
import { type RatioInput, type RatioTable, ratioTable } from './ratio-table.ts';
import { nchsProportion } from './reliability/nchs-proportion.ts';
import { rowFilter } from './row-filter.ts';
import { shareInput } from './share-input.ts';
import { normalizeShareMeasure, type ShareMeasure, shareMeasures } from './share-measure.ts';

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

/** NCHS 2017 flags of one cell (methods.md §9.1): `unreliable:nchs`, `review`, `df-low`, `complement-footnote`. */
function reliabilityFlags(p: number, se: number | null, n: number, df: number, empty: boolean): string[] {
  if (empty || se === null) return [];
  const r = nchsProportion({ estimate: p, se, n, df });
  const flags: string[] = [];
  if (r.suppress) flags.push('unreliable:nchs');
  if (r.review) flags.push('review');
  if (df < 8) flags.push('df-low');
  if (r.complementFootnote) flags.push('complement-footnote');
  return flags;
}

/**
 * Design-based shares of a destination question (first choice of a single or ranked question) for every
 * destination × group in one pass over the rows, with linearised SEs, intervals, df, design effects and
 * flags (methods.md §1–4). Groups are the combinations of `by` present among rows of nonzero weight;
 * rows are ordered by group (first appearance), then by the destination's share in the whole survey.
 * A destination absent from a group gets estimate 0 with the boundary treatment (Clopper–Pearson on n).
 * Reliability flags follow the NCHS 2017 standard for proportions (nothing is suppressed here).
 *
 * @example estimateShares(survey, buildDesign(survey), { by: ['sex'], ci: 'logit' }).rows[0]
 */
export function estimateShares(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  options: EstimateOptions = {},
): EstimateResult {
  const opts = normalizeEstimateOptions(options);
  const q = question(survey, opts.question);
  const measure = normalizeShareMeasure(opts.measure, q.kind);
  const base = opts.base ?? q.base;
  const groups = groupIndex(survey, opts.by);
  const G = groups.labels.length;
  const keep = rowFilter(survey, opts.filter);
  const { units, unitOf } = destinationUnits(q.levels, opts.destinations);
  const input = (group: Int32Array, count: number) =>
    shareInput(q, measure, base, unitOf, units.length, group, count, keep);
  const overall = ratioTable(design, input(new Int32Array(survey.n), 1));
  const order = units
    .map((code, k) => ({ code, k, share: overall.cell(0, k).estimate }))
    .sort((a, b) => (b.share || 0) - (a.share || 0) || a.code.localeCompare(b.code));
  const groupedInput = G === 1 && opts.by.length === 0 ? undefined : input(groups.group, G);
  const table = groupedInput ? ratioTable(design, groupedInput) : overall;
  const lonely = design.issues.some((i) => i.code === 'lonely-psu') ? [`lonely-psu:${design.lonelyPsu}`] : [];
  const weighted = design.weighted || design.clustered;
  const rows: EstimateRow[] = [];
  for (let g = 0; g < G; g++) {
    for (const { code, k } of order) {
      const c = table.cell(g, k);
      const p = c.estimate;
      const empty = c.nUnweighted === 0 || !(c.nWeighted > 0);
      const se = empty ? null : Math.sqrt(c.variance);
      const interval = empty
        ? undefined
        : proportionInterval(
            {
              estimate: p,
              variance: c.variance,
              df: opts.df === 'inf' ? Number.POSITIVE_INFINITY : c.df,
              level: opts.level,
              n: c.nUnweighted,
              nDesign: c.nUnweighted,
              degfDesign: c.df,
              weighted,
            },
            opts.ci,
          );
      const inner = p > 0 && p < 1 && c.variance > 0;
      rows.push({
        ...groups.labels[g],
        destination: code,
        measure,
        base,
        estimate: empty ? null : p,
        se,
        ci_low: interval ? interval.low : null,
        ci_high: interval ? interval.high : null,
        df: c.df,
        deff: inner && c.nPositive > 1 ? (c.variance * (c.nPositive - 1)) / (p * (1 - p)) : null,
        n_unweighted: c.nUnweighted,
        n_weighted: c.nWeighted,
        count_unweighted: c.count,
        n_eff: inner ? (p * (1 - p)) / c.variance : null,
        cv: !empty && p > 0 && se !== null ? se / p : null,
        flags: [
          ...(empty ? ['empty'] : []),
          ...(interval?.flags ?? []),
          ...reliabilityFlags(p, se, c.nUnweighted, c.df, empty),
          ...lonely,
        ],
      });
    }
  }
  const issues: Issue[] = [...design.issues];
  if (groups.missing > 0) {
    issues.push({
      level: 'warning',
      code: 'group-missing',
      message: `${groups.missing} rows have no value for ${opts.by.join(' or ')} and belong to no group`,
      count: groups.missing,
    });
  }
  return {
    rows,
    by: opts.by,
    question: q.key,
    measure,
    base,
    sumsToOne: shareMeasures[measure].sumsToOne,
    shares: {
      table,
      input: groupedInput ?? input(new Int32Array(survey.n), 1),
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
