import {
  type CiMethod,
  type Lang,
  MinatError,
  normalizeCiMethod,
  normalizeReliability,
  type SuppressionOptions,
} from '@minat/core';
import type { ChartName } from '../registry/chart-names.ts';
import { localize } from './localize.ts';
import type { Text } from './text.ts';

/** Options as every builder reads them: checked, defaults filled in, text in the chart's language. */
export interface NormalizedChartOptions {
  chart: ChartName;
  lang: Lang;
  title?: string;
  subtitle?: string;
  context: {
    question?: string;
    base?: string;
    weighting?: string;
    ci?: CiMethod;
    level: number;
    reliability?: string;
    suppression?: SuppressionOptions;
    source?: string;
    dataVersion?: string;
  };
  width: number;
  /** Width the title, subtitle and footer wrap to, when the caller set it (else the chart's own). */
  textWidth?: number;
  top: number;
  alpha: number;
  labels: Record<string, string>;
  /** Ranking: the caller's estimate for all destinations outside the top N. */
  other?: Record<string, unknown>;
  /** Province map: colour by one destination's `share` or by each province's `top` destination. */
  mode: 'share' | 'top';
  /** Province map in `share` mode: the destination shown. */
  destination?: string;
  /** Heatmap: the grouping column. */
  group?: string;
  /** Heatmap and comparison: what the groups are, in words (e.g. "province of origin"). */
  groupLabel?: string;
}

const COMMON = ['lang', 'title', 'subtitle', 'context', 'width', 'textWidth', 'top', 'alpha', 'labels'];
const EXTRA: Record<ChartName, string[]> = {
  ranking: ['other'],
  comparison: ['groupLabel'],
  heatmap: ['group', 'groupLabel'],
  trend: [],
  bump: [],
  'province-map': ['mode', 'destination'],
  'world-map': [],
  readiness: [],
  placements: [],
};
const DEFAULTS: Record<ChartName, { width: number; top: number }> = {
  ranking: { width: 460, top: 10 },
  comparison: { width: 420, top: 10 },
  heatmap: { width: 520, top: 10 },
  trend: { width: 520, top: 6 },
  bump: { width: 420, top: 10 },
  'province-map': { width: 680, top: 7 },
  'world-map': { width: 720, top: 20 },
  readiness: { width: 520, top: 6 },
  placements: { width: 460, top: 10 },
};
const CONTEXT_KEYS = [
  'question',
  'base',
  'weighting',
  'ci',
  'level',
  'reliability',
  'suppression',
  'source',
  'dataVersion',
];

function invalid(option: string, chart: ChartName, value: unknown, expected: string): MinatError {
  const shown = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return new MinatError('option-invalid', `invalid ${option} ${shown} for ${chart}: expected ${expected}`, {
    value: String(value),
    expected,
  });
}

function text(option: string, chart: ChartName, value: unknown, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Record<string, unknown>)['en'] === 'string' &&
      typeof (value as Record<string, unknown>)['id'] === 'string');
  if (!ok) throw invalid(option, chart, value, 'a string or { en, id } strings');
  return localize(value as Text, lang);
}

function keysOf(
  option: string,
  chart: ChartName,
  value: unknown,
  allowed: string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(option, chart, value, 'an object');
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new MinatError(
        'option-invalid',
        `unknown ${option === 'options' ? 'option' : `${option} field`} ${JSON.stringify(key)} for ${chart}: expected one of ${allowed.join(', ')}`,
        { value: key, expected: allowed.join(', ') },
      );
    }
  }
  return value as Record<string, unknown>;
}

/**
 * Checks and completes the options of one chart builder, in one place: unknown options, bad values and
 * their allowed values are named in the error; text is resolved to the chart's language; the interval
 * method and reliability standard are checked against the registries of `@minat/core`.
 *
 * @param chart - the builder's name (decides the defaults and the chart's own options)
 * @param options - the options as the caller wrote them (default none)
 * @returns the options with defaults: `lang` `en`, `alpha` 0.05, `context.level` 0.95, width and top per chart
 * @throws MinatError `option-invalid`, e.g. `invalid lang "fr" for ranking: expected one of en, id`
 * @example normalizeChartOptions('ranking', { lang: 'id' }).top // 10
 */
export function normalizeChartOptions(chart: ChartName, options: object = {}): NormalizedChartOptions {
  const o = keysOf('options', chart, options, [...COMMON, ...EXTRA[chart]]);
  const lang = o['lang'] ?? 'en';
  if (lang !== 'en' && lang !== 'id') throw invalid('lang', chart, lang, 'one of en, id');
  const whole = (name: string, value: unknown, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      throw invalid(name, chart, value, `a whole number from 1 to ${max}`);
    }
    return value;
  };
  const alpha = o['alpha'] ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    throw invalid('alpha', chart, alpha, 'a number between 0 and 1, e.g. 0.05');
  }
  const c = keysOf('context', chart, o['context'] ?? {}, CONTEXT_KEYS);
  const level = c['level'] ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw invalid('context.level', chart, level, 'a number between 0 and 1, e.g. 0.95');
  }
  const labels: Record<string, string> = {};
  const given = o['labels'] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw invalid('labels', chart, given, 'an object of code → label');
  }
  for (const [code, label] of Object.entries(given)) {
    labels[code] = text(`labels.${code}`, chart, label, lang)!;
  }
  const mode = o['mode'] ?? 'share';
  if (mode !== 'share' && mode !== 'top') throw invalid('mode', chart, mode, 'one of share, top');
  for (const name of ['destination', 'group', 'dataVersion'] as const) {
    const v = name === 'dataVersion' ? c[name] : o[name];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      throw invalid(name, chart, v, 'a non-empty string');
    }
  }
  const other = o['other'];
  if (other !== undefined && (typeof other !== 'object' || other === null || Array.isArray(other))) {
    throw invalid(
      'other',
      chart,
      other,
      'one estimate row (an object with destination, estimate, ci_low, ci_high)',
    );
  }
  const out: NormalizedChartOptions = {
    chart,
    lang,
    context: { level },
    width: whole('width', o['width'], DEFAULTS[chart].width, 4000),
    top: whole('top', o['top'], DEFAULTS[chart].top, 200),
    alpha,
    labels,
    mode,
  };
  if (o['textWidth'] !== undefined) out.textWidth = whole('textWidth', o['textWidth'], 0, 4000);
  const title = text('title', chart, o['title'], lang);
  const subtitle = text('subtitle', chart, o['subtitle'], lang);
  if (title !== undefined) out.title = title;
  if (subtitle !== undefined) out.subtitle = subtitle;
  for (const key of ['question', 'base', 'weighting', 'source'] as const) {
    const v = text(`context.${key}`, chart, c[key], lang);
    if (v !== undefined) out.context[key] = v;
  }
  if (c['ci'] !== undefined) out.context.ci = normalizeCiMethod(String(c['ci']));
  if (c['reliability'] !== undefined)
    out.context.reliability = normalizeReliability(String(c['reliability'])).standard;
  if (c['suppression'] !== undefined) out.context.suppression = c['suppression'] as SuppressionOptions;
  if (c['dataVersion'] !== undefined) out.context.dataVersion = c['dataVersion'] as string;
  if (other !== undefined) out.other = other as Record<string, unknown>;
  if (o['destination'] !== undefined) out.destination = o['destination'] as string;
  if (o['group'] !== undefined) out.group = o['group'] as string;
  const groupLabel = text('groupLabel', chart, o['groupLabel'], lang);
  if (groupLabel !== undefined) out.groupLabel = groupLabel;
  return out;
}
