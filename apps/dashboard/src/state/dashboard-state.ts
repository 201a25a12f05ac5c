import type { Lang } from '@minat/core';

/** The dashboard's views, in the order of the navigation. */
export const VIEW_NAMES = [
  'ranking',
  'trends',
  'origin',
  'compare',
  'readiness',
  'placements',
  'table',
] as const;

/** One of {@link VIEW_NAMES}. */
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * Views whose analysis has a slow part (bootstrap rank uncertainty) that the second worker computes
 * while the first draws the fast part (their `ViewAnalysis` has `full`).
 */
export const PROGRESSIVE_VIEWS: readonly ViewName[] = ['ranking', 'trends'];

/** Reliability standards the settings offer (`@minat/core` `reliabilityStandards`). */
export const RELIABILITY_NAMES = ['nchs', 'bps', 'min-n'] as const;

/** Interval methods the settings offer (`@minat/core` `ciMethods`). */
export const CI_NAMES = [
  'logit',
  'beta',
  'wilson',
  'clopper-pearson',
  'likelihood',
  'asin',
  'mean',
  'xlogit',
] as const;

/** Confidence levels the settings offer. */
export const LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

/** The analysis settings: everything that changes the numbers but not which rows are in scope. */
export interface DashboardSettings {
  /** Survey weights on (design-based) or off (every respondent counts 1; strata and clusters kept). */
  weights: boolean;
  /** Interval method. */
  ci: (typeof CI_NAMES)[number];
  /** Confidence level. */
  level: number;
  /** Reliability standard. */
  reliability: (typeof RELIABILITY_NAMES)[number];
  /** Thresholds of the reliability standard that differ from its defaults (name → value as written). */
  thresholds: Record<string, string>;
  /** Small-cell suppression: respondents below which a share is withheld. */
  minCell: number;
  /** Base rule: respondents who answered the question, or all respondents in scope. */
  base: 'answered' | 'all';
  /** Measure for ranked (first / any / borda) or multi (respondents / mentions) questions; '' = the default. */
  measure: string;
  /** Destinations as countries or grouped (UN region, subregion, policy grouping). */
  destinations: 'country' | 'un-region' | 'un-subregion' | 'policy-region';
}

/** Comparison settings: two groups of one dimension, or two waves. */
export interface CompareSettings {
  mode: 'groups' | 'waves';
  /** Dimension key compared (groups mode). */
  by: string;
  /** Level codes (groups) or waves compared; '' = the first / the reference. */
  a: string;
  b: string;
}

/**
 * The whole state of the dashboard; the URL holds all of it (see `stateToQuery`/`queryToState`).
 * Filters map a grouping key (`wave`, `province`, `island_group`, dimension keys) to the kept codes.
 */
export interface DashboardState {
  view: ViewName;
  lang: Lang;
  /** Which survey: the bundled sample, or an upload held in this tab. */
  data: 'sample' | 'upload';
  filters: Record<string, string[]>;
  settings: DashboardSettings;
  compare: CompareSettings;
  /** Destination shown on the province map ('' = the leading one). */
  destination: string;
  /** Table sort column and direction. */
  sort: string;
  desc: boolean;
}

/** The settings a new visit starts with. */
export const DEFAULT_SETTINGS: DashboardSettings = {
  weights: true,
  ci: 'logit',
  level: 0.95,
  reliability: 'nchs',
  thresholds: {},
  minCell: 5,
  base: 'answered',
  measure: '',
  destinations: 'country',
};

/** The state a new visit starts with (language from the browser). */
export function defaultState(lang: Lang): DashboardState {
  return {
    view: 'ranking',
    lang,
    data: 'sample',
    filters: {},
    settings: { ...DEFAULT_SETTINGS, thresholds: {} },
    compare: { mode: 'groups', by: '', a: '', b: '' },
    destination: '',
    sort: '',
    desc: false,
  };
}
