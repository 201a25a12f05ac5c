import type { EstimateRow } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import type { Text } from '../../options/text.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { heatmapAlt } from './heatmap-alt.ts';
import { heatmapData } from './heatmap-data.ts';

/** Options of {@link heatmap}. */
export interface HeatmapOptions extends ChartOptions {
  /** The grouping column (default `province` when the rows have it, else the first grouping column). */
  group?: string;
  /** What the groups are, in words, for the title (default "province of origin" for `province`, else the column name). */
  groupLabel?: Text;
}

/**
 * Group × destination heatmap (e.g. origin province × destination): each cell coloured by the share
 * (sequential blues) with its percent written in; less reliable values in brackets; suppressed cells
 * grey and marked ×, never coloured as zero. Rows are the groups in the rows' order (province names
 * for `province`, else `labels` or the codes), columns the first `top` destinations (default 10).
 *
 * @param rows - published estimate rows by one grouping column
 * @param options - {@link HeatmapOptions}; defaults: `lang` en, `top` 10, width 520
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option, a missing group column, or repeated cells
 * @example heatmap(publishRows(estimateShares(survey, design, { by: ['province'] }).rows), { lang: 'id' })
 */
export function heatmap(rows: readonly EstimateRow[], options: HeatmapOptions = {}): TopLevelSpec {
  const o = normalizeChartOptions('heatmap', options);
  requireColumns(rows, ['destination', 'estimate', 'ci_low', 'ci_high', 'flags'], 'heatmap');
  const { lang } = o;
  const data = heatmapData(rows as readonly Record<string, unknown>[], o);
  const max = Math.max(0.01, ...data.cells.map((c) => c.estimate ?? 0));
  const values = data.cells.map((c) => ({
    ...c,
    light: c.estimate !== null && c.estimate > max * 0.55 ? 1 : 0,
  }));
  const width = Math.max(o.width, data.destinations.length * 34);
  const shown = new Set(data.cells.map((c) => c.code));
  const x = {
    field: 'label',
    type: 'nominal',
    sort: data.destinations,
    title: null,
    axis: { orient: 'top', labelAngle: -40, labelAlign: 'left', domain: false, ticks: false },
  };
  const y = {
    field: 'group_label',
    type: 'nominal',
    sort: data.groups,
    title: null,
    axis: { domain: false, ticks: false },
  };
  const tooltip = [
    { field: 'group_label', type: 'nominal', title: o.groupLabel ?? data.column },
    { field: 'label', type: 'nominal', title: chartMessage('legend-destination', {}, lang) },
    { field: 'estimate', type: 'quantitative', title: chartMessage('legend-share', {}, lang), format: '.1%' },
  ];
  const groupLabel =
    o.groupLabel ?? (data.column === 'province' ? chartMessage('group-province', {}, lang) : data.column);
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const title = o.title ?? chartMessage('heatmap-title', { group: groupLabel }, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('heatmap-subtitle', { measure }, lang),
    textWidth: width + 140,
    body: {
      width,
      height: { step: 18 },
      data: { values },
      encoding: { x, y },
      layer: [
        {
          transform: [{ filter: { field: 'estimate', valid: true } }],
          mark: { type: 'rect', stroke: PALETTE.border, strokeWidth: 1 },
          encoding: {
            color: {
              field: 'estimate',
              type: 'quantitative',
              scale: { scheme: PALETTE.sequential, domain: [0, max] },
              legend: { title: chartMessage('legend-share', {}, lang), format: '.0%', gradientLength: 160 },
            },
            tooltip,
          },
        },
        {
          transform: [{ filter: { field: 'status', equal: 'suppressed' } }],
          mark: { type: 'rect', fill: PALETTE.suppressed, stroke: PALETTE.border, strokeWidth: 1 },
        },
        ...[0, 1].map((light) => ({
          transform: [{ filter: { field: 'light', equal: light } }],
          mark: { type: 'text', fontSize: 9.5, baseline: 'middle', color: light ? '#FFFFFF' : PALETTE.text },
          encoding: { text: { field: 'text', type: 'nominal' } },
        })),
      ],
    },
    footer: chartFooter(
      rows.filter((r) => shown.has(String(r.destination))) as readonly Record<string, unknown>[],
      o,
      { cue: 'brackets' },
    ),
    alt: heatmapAlt(title, data.cells, lang),
  });
}
