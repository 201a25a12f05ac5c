import type { GroupDifference } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { joinList } from '../../alt/join-list.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import type { Text } from '../../options/text.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { dumbbellAlt } from './dumbbell-alt.ts';
import { dumbbellData } from './dumbbell-data.ts';

/** Options of {@link dumbbellChart}. */
export interface DumbbellChartOptions extends ChartOptions {
  /** What the groups are, in words (e.g. "sex"); not drawn, kept for callers' titles. */
  groupLabel?: Text;
}

/**
 * Group comparison as a dumbbell chart: for each destination (the first `top`, default 10), the
 * share in the reference group and in each compared group as two dots joined by a line (solid when
 * the difference is significant at `alpha`, dashed when not), and the difference in percentage points
 * written at the right, `*` when significant. Comparisons withheld by suppression show no dots and
 * say "suppressed". Group codes are shown through `labels` (e.g. `{ F: 'Female', M: 'Male' }`).
 *
 * @param rows - published comparison rows: `publishComparison(compareGroups(survey, design, { by: 'sex' }))`
 * @param options - {@link DumbbellChartOptions}; defaults: `lang` en, `top` 10, `alpha` 0.05, width 420
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option or repeated group × destination rows
 * @example dumbbellChart(publishComparison(compareGroups(survey, design, { by: 'sex' })), { labels: { F: 'Female', M: 'Male' } })
 */
export function dumbbellChart(
  rows: readonly GroupDifference[],
  options: DumbbellChartOptions = {},
): TopLevelSpec {
  const o = normalizeChartOptions('comparison', options);
  requireColumns(
    rows,
    [
      'group',
      'reference',
      'destination',
      'group_estimate',
      'reference_estimate',
      'difference',
      'p_value',
      'flags',
    ],
    'comparison',
  );
  const { lang, width } = o;
  const data = dumbbellData(rows, o);
  const series = [data.reference, ...data.groups];
  const colours = [
    PALETTE.second,
    PALETTE.accent,
    PALETTE.third,
    PALETTE.fourth,
    ...PALETTE.categorical.slice(4),
  ];
  const points = data.pairs.flatMap((p) =>
    p.suppressed
      ? []
      : [
          { label: p.label, sub: p.group, series: p.reference, value: p.reference_estimate },
          { label: p.label, sub: p.group, series: p.group, value: p.group_estimate },
        ].filter((x) => x.value !== null),
  );
  const multiple = data.groups.length > 1;
  const y = {
    field: 'label',
    type: 'nominal',
    sort: data.destinations,
    title: null,
    axis: { labelLimit: 160 },
  };
  const yOffset = multiple ? { yOffset: { field: 'sub', type: 'nominal', sort: data.groups } } : {};
  const max = Math.max(0.01, ...points.map((p) => p.value ?? 0));
  const x = {
    type: 'quantitative',
    scale: { domain: [0, max * 1.05], nice: false },
    axis: { format: '.0%', title: chartMessage('axis-share', {}, lang), tickCount: 5 },
  };
  const yes = data.pairs.find((p) => p.significant === true)?.significance;
  const no = data.pairs.find((p) => p.significant === false)?.significance;
  const dash = [yes, no].filter((v): v is string => v !== undefined);
  const groupNames = joinList(data.groups, lang);
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const alpha = String(o.alpha).replace('.', lang === 'id' ? ',' : '.');
  const title =
    o.title ?? chartMessage('comparison-title', { group: groupNames, reference: data.reference }, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('comparison-subtitle', { measure, alpha }, lang),
    textWidth: width + 200,
    body: {
      width,
      height: { step: multiple ? 14 * data.groups.length : 24 },
      layer: [
        {
          data: { values: data.pairs },
          transform: [{ filter: { field: 'significant', oneOf: [true, false] } }],
          mark: { type: 'rule', strokeWidth: 2, color: PALETTE.context },
          encoding: {
            y,
            ...yOffset,
            x: { field: 'reference_estimate', ...x },
            x2: { field: 'group_estimate' },
            strokeDash: {
              field: 'significance',
              type: 'nominal',
              scale: { domain: dash, range: dash.map((d) => (d === yes ? [1, 0] : [3, 3])) },
              legend: {
                title: chartMessage('legend-difference', {}, lang),
                symbolType: 'stroke',
                symbolStrokeColor: PALETTE.context,
                symbolStrokeWidth: 2,
                labelLimit: 260,
              },
            },
          },
        },
        {
          data: { values: points },
          mark: { type: 'circle', size: 80, opacity: 1 },
          encoding: {
            y,
            ...yOffset,
            x: { field: 'value', ...x },
            color: {
              field: 'series',
              type: 'nominal',
              scale: { domain: series, range: colours.slice(0, series.length) },
              legend: { title: null },
            },
          },
        },
        {
          data: { values: data.pairs },
          mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 10.5 },
          encoding: { y, ...yOffset, x: { value: width + 10 }, text: { field: 'text', type: 'nominal' } },
        },
        {
          data: { values: [{ text: chartMessage('axis-points', {}, lang) }] },
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'bottom',
            fontSize: 10.5,
            fontWeight: 'bold',
            color: PALETTE.muted,
          },
          encoding: { x: { value: width + 10 }, y: { value: -6 }, text: { field: 'text', type: 'nominal' } },
        },
      ],
    },
    footer: chartFooter(
      data.pairs.map((p) => ({ flags: p.suppressed ? ['suppressed:component'] : [] })),
      o,
    ),
    alt: dumbbellAlt(title, data.pairs, lang),
  });
}
