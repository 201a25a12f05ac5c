import type { ReadinessRow } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { type RowStatus, rowStatus } from '../../rows/row-status.ts';

/** One value of the readiness chart: a destination's supporters and one indicator. */
export interface ReadinessDatum {
  code: string;
  label: string;
  indicator: string;
  /** The indicator in words. */
  name: string;
  /** Position of the indicator in its panel (stack order or row order). */
  order: number;
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: RowStatus;
  status_label: string;
  requirement: string | null;
  /** Percent written inside a funnel segment wide enough for it, else empty. */
  text: string;
}

const STAGES = ['stage:none', 'stage:interest', 'stage:plan', 'stage:preparing'];
const READY = ['stage:plan+', 'language', 'certificate'];

/**
 * The values of the readiness chart for the first `top` destinations in the rows' order (`readiness`
 * of `@minat/core` orders them by overall first-choice weight): intention stages for the funnel and
 * the readiness indicators (planning or preparing, language requirement met, skill certificate).
 * @param rows - published readiness rows of one group
 * @param options - normalised readiness options
 * @example readinessData(publishRows(readiness(survey, design).rows), normalizeChartOptions('readiness'))
 */
export function readinessData(
  rows: readonly ReadinessRow[],
  options: NormalizedChartOptions,
): {
  funnel: ReadinessDatum[];
  ready: ReadinessDatum[];
  /** Names of the stages and of the indicators present, in drawing order. */
  stages: string[];
  indicators: string[];
  destinations: string[];
  codes: string[];
} {
  const { lang, labels } = options;
  assertUnique(rows as readonly Record<string, unknown>[], ['destination', 'indicator'], 'readiness');
  const codes: string[] = [];
  for (const r of rows) if (!codes.includes(r.destination)) codes.push(r.destination);
  const shown = codes.slice(0, options.top);
  const datum = (r: ReadinessRow, order: number): ReadinessDatum => {
    const status = rowStatus(r as Record<string, unknown>);
    const valued = status !== 'suppressed' && status !== 'missing';
    const estimate = valued ? r.estimate : null;
    return {
      code: r.destination,
      label: destinationName(r.destination, lang, labels),
      indicator: r.indicator,
      name: chartMessage(`indicator-${r.indicator}`, {}, lang),
      order,
      estimate,
      ci_low: valued ? r.ci_low : null,
      ci_high: valued ? r.ci_high : null,
      status,
      status_label: chartMessage(`status-${status}`, {}, lang),
      requirement: r.requirement,
      text: '',
    };
  };
  const pick = (list: string[]) =>
    rows
      .filter((r) => shown.includes(r.destination) && list.includes(r.indicator))
      .map((r) => datum(r, list.indexOf(r.indicator)));
  const present = (list: string[]) =>
    list
      .filter((x) => rows.some((r) => r.indicator === x))
      .map((x) => chartMessage(`indicator-${x}`, {}, lang));
  return {
    funnel: pick(STAGES),
    ready: pick(READY),
    stages: present(STAGES),
    indicators: present(READY),
    destinations: shown.map((c) => destinationName(c, lang, labels)),
    codes: shown,
  };
}
