import type { Lang } from '@minat/core';
import {
  CI_NAMES,
  type DashboardState,
  DEFAULT_SETTINGS,
  defaultState,
  LEVELS,
  RELIABILITY_NAMES,
  VIEW_NAMES,
  type ViewName,
} from './dashboard-state.ts';

const FILTER_PREFIX = 'f.';
const THRESHOLD_PREFIX = 'th.';
const DESTINATION_GROUPINGS = ['country', 'un-region', 'un-subregion', 'policy-region'] as const;

/**
 * Writes the state as URL query parameters, leaving out values equal to the defaults so links stay
 * short. Filters are `f.KEY=code1,code2`.
 * @example stateToQuery(state) // 'view=trends&lang=id&f.sex=F&ci=beta'
 */
export function stateToQuery(state: DashboardState): string {
  const q = new URLSearchParams();
  q.set('view', state.view);
  q.set('lang', state.lang);
  if (state.data !== 'sample') q.set('data', state.data);
  for (const key of Object.keys(state.filters).sort()) {
    const values = state.filters[key]!;
    if (values.length > 0) q.set(FILTER_PREFIX + key, values.join(','));
  }
  const s = state.settings;
  const d = DEFAULT_SETTINGS;
  if (s.weights !== d.weights) q.set('weights', s.weights ? '1' : '0');
  if (s.ci !== d.ci) q.set('ci', s.ci);
  if (s.level !== d.level) q.set('level', String(s.level));
  if (s.reliability !== d.reliability) q.set('rel', s.reliability);
  for (const name of Object.keys(s.thresholds).sort()) q.set(THRESHOLD_PREFIX + name, s.thresholds[name]!);
  if (s.minCell !== d.minCell) q.set('mincell', String(s.minCell));
  if (s.base !== d.base) q.set('base', s.base);
  if (s.measure !== d.measure) q.set('measure', s.measure);
  if (s.destinations !== d.destinations) q.set('dest', s.destinations);
  const c = state.compare;
  if (c.mode !== 'groups') q.set('cmp', c.mode);
  if (c.by) q.set('by', c.by);
  if (c.a) q.set('a', c.a);
  if (c.b) q.set('b', c.b);
  if (state.destination) q.set('map', state.destination);
  if (state.sort) q.set('sort', state.desc ? `-${state.sort}` : state.sort);
  return q.toString();
}

/**
 * Reads the state from URL query parameters, the one place options are normalised: unknown views,
 * methods or numbers out of range fall back to the defaults (a hand-edited link never breaks the
 * page); filter keys and codes are checked against the survey later, when it is known, and
 * reliability thresholds by `@minat/core` (an invalid one is reported, naming the threshold).
 * @example queryToState('view=origin&lang=id', 'en').view // 'origin'
 */
export function queryToState(query: string, fallbackLang: Lang): DashboardState {
  const q = new URLSearchParams(query);
  const lang: Lang = q.get('lang') === 'id' ? 'id' : q.get('lang') === 'en' ? 'en' : fallbackLang;
  const state = defaultState(lang);
  state.view = oneOf(q.get('view'), VIEW_NAMES, 'ranking') as ViewName;
  state.data = q.get('data') === 'upload' ? 'upload' : 'sample';
  for (const [key, value] of q) {
    if (!key.startsWith(FILTER_PREFIX) || key.length === FILTER_PREFIX.length) continue;
    const values = value.split(',').filter((v) => v !== '');
    if (values.length > 0) state.filters[key.slice(FILTER_PREFIX.length)] = [...new Set(values)];
  }
  const s = state.settings;
  if (q.has('weights')) s.weights = q.get('weights') !== '0';
  s.ci = oneOf(q.get('ci'), CI_NAMES, s.ci);
  const level = Number(q.get('level'));
  if ((LEVELS as readonly number[]).includes(level)) s.level = level;
  s.reliability = oneOf(q.get('rel'), RELIABILITY_NAMES, s.reliability);
  for (const [key, value] of q) {
    const name = key.slice(THRESHOLD_PREFIX.length);
    if (key.startsWith(THRESHOLD_PREFIX) && /^[A-Za-z]\w{0,40}$/.test(name) && value !== '')
      s.thresholds[name] = value.slice(0, 40);
  }
  s.minCell = intIn(q.get('mincell'), 0, 1000, s.minCell);
  s.base = q.get('base') === 'all' ? 'all' : 'answered';
  s.measure = oneOf(q.get('measure'), ['first', 'any', 'borda', 'respondents', 'mentions'] as const, '');
  s.destinations = oneOf(q.get('dest'), DESTINATION_GROUPINGS, s.destinations);
  state.compare.mode = q.get('cmp') === 'waves' ? 'waves' : 'groups';
  state.compare.by = q.get('by') ?? '';
  state.compare.a = q.get('a') ?? '';
  state.compare.b = q.get('b') ?? '';
  const map = (q.get('map') ?? '').slice(0, 60);
  state.destination = /^[a-z]{2}$/i.test(map) ? map.toUpperCase() : map;
  const sort = q.get('sort') ?? '';
  state.desc = sort.startsWith('-');
  state.sort = state.desc ? sort.slice(1) : sort;
  return state;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : (fallback as T);
}

function intIn(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}
