import type { EstimateRow, TrendChange } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../../format/format-number.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { reliabilityOpacity } from '../shared/reliability-opacity.ts';
import { trendAlt } from './trend-alt.ts';
import { trendData } from './trend-data.ts';

/**
 * Destination shares across survey waves: a line per destination (the leading `top`, default 6, by
 * the latest wave) with its confidence band, points faded by reliability, and a triangle (up or
 * down) where the change from the previous wave is significant (`p_value < alpha`). Suppressed points
 * break the line; they are never drawn as zero.
 *
 * @param rows - per-wave rows of one group (`publishTrend(trend(...)).rows`: `wave`, `destination`, standard columns)
 * @param changes - the change table (`publishTrend(...).changes`)
 * @param options - {@link ChartOptions}; defaults: `lang` en, `top` 6, `alpha` 0.05, width 520
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option, a row without a wave, or rows of several groups
 * @example const t = publishTrend(trend(survey, design)); trendChart(t.rows, t.changes, { lang: 'id' })
 */
export function trendChart(
  rows: readonly EstimateRow[],
  changes: readonly TrendChange[],
  options: ChartOptions = {},
): TopLevelSpec {
  const o = normalizeChartOptions('trend', options);
  requireColumns(rows, ['wave', 'destination', 'estimate', 'ci_low', 'ci_high', 'flags'], 'trend');
  const { lang } = o;
  const data = trendData(rows as readonly Record<string, unknown>[], changes, o);
  const color = {
    field: 'label',
    type: 'nominal',
    scale: { domain: data.series, range: PALETTE.categorical.slice(0, data.series.length) },
    legend: {
      title: null,
      orient: 'right',
      direction: 'vertical',
      symbolType: 'stroke',
      symbolStrokeWidth: 2,
      symbolOpacity: 1,
    },
  };
  const x = {
    field: 'wave',
    type: 'ordinal',
    sort: data.waves,
    scale: { type: 'point', padding: 0.4 },
    axis: { title: chartMessage('axis-wave', {}, lang), labelAngle: 0 },
  };
  const valued = { filter: { field: 'status', oneOf: ['reliable', 'caution', 'unreliable'] } };
  const up = chartMessage('change-up', {}, lang);
  const down = chartMessage('change-down', {}, lang);
  const layers: Record<string, unknown>[] = [
    {
      transform: [valued],
      mark: { type: 'area', opacity: 0.14 },
      encoding: {
        y: { field: 'ci_low', type: 'quantitative' },
        y2: { field: 'ci_high' },
        color,
      },
    },
    {
      mark: { type: 'line', strokeWidth: 2 },
      encoding: { y: { field: 'estimate', type: 'quantitative' }, color },
    },
    {
      transform: [valued],
      mark: { type: 'point', filled: true, size: 36 },
      encoding: {
        y: { field: 'estimate', type: 'quantitative' },
        color,
        opacity: reliabilityOpacity(data.points, lang),
      },
    },
  ];
  const changed = data.points.filter((p) => p.change !== null);
  if (changed.length > 0) {
    // Both kinds in the filter and the scale, the legend listing those present: which kinds a filter
    // finds changes the chart's data and legend entries, not its structure (the dashboard updates it
    // in place).
    const present = [up, down].filter((c) => changed.some((p) => p.change === c));
    layers.push({
      transform: [{ filter: { field: 'change', oneOf: [up, down] } }],
      mark: { type: 'point', filled: true, size: 110, stroke: '#FFFFFF', strokeWidth: 1, opacity: 1 },
      encoding: {
        y: { field: 'estimate', type: 'quantitative' },
        color,
        shape: {
          field: 'change',
          type: 'nominal',
          scale: { domain: [up, down], range: ['triangle-up', 'triangle-down'] },
          legend: {
            values: present,
            title: chartMessage('legend-change', {}, lang),
            symbolFillColor: PALETTE.muted,
            orient: 'right',
            direction: 'vertical',
            titleOrient: 'top',
            titleLimit: 280,
          },
        },
      },
    });
  }
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const level = formatNumber(o.context.level * 100, lang, Number.isInteger(o.context.level * 100) ? 0 : 1);
  const title = o.title ?? chartMessage('trend-title', {}, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('trend-subtitle', { measure, level }, lang),
    body: {
      width: o.width,
      height: 300,
      data: { values: data.points },
      encoding: {
        x,
        y: { type: 'quantitative', axis: { format: '.0%', title: chartMessage('axis-share', {}, lang) } },
      },
      layer: layers,
    },
    footer: chartFooter(
      rows.filter((r) => data.codes.includes(r.destination)) as readonly Record<string, unknown>[],
      o,
      { cue: 'faded' },
    ),
    alt: trendAlt(title, data, changes, o.alpha, lang),
  });
}
