import type { PlacementComparisonRow } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../../format/format-number.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { placementsAlt } from './placements-alt.ts';
import { placementsData } from './placements-data.ts';

const STEP = 34;

/**
 * Stated preference beside actual placements: for the destinations leading either measure (`top`,
 * default 10), a bar for the share naming it as first choice in the survey (with its confidence
 * interval) and a bar for its share of all placements abroad in the paired year (official figures,
 * no interval). A destination missing from the published placement lists says "not published"; a
 * survey share without a value says "suppressed" or "no estimate"; neither is drawn as zero. The
 * footer names the placement year, total and sources.
 *
 * @param rows - `placementsComparison(shares, { wave }).rows` of one group
 * @param options - {@link ChartOptions}; defaults: `lang` en, `top` 10, width 460
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option or repeated destinations
 * @example placementsChart(placementsComparison(publishRows(shares), { wave: 2026 }).rows, { lang: 'id' })
 */
export function placementsChart(
  rows: readonly PlacementComparisonRow[],
  options: ChartOptions = {},
): TopLevelSpec {
  const o = normalizeChartOptions('placements', options);
  requireColumns(
    rows,
    ['destination', 'survey_share', 'survey_ci_low', 'survey_ci_high', 'placement_share'],
    'placements',
  );
  const { lang, width } = o;
  const data = placementsData(rows, o);
  const max = Math.max(0.01, ...data.bars.map((b) => b.ci_high ?? b.value ?? 0));
  const domainMax = (max * width) / (width - 48);
  const y = {
    field: 'label',
    type: 'nominal',
    sort: data.destinations,
    title: null,
    axis: { labelLimit: 160 },
  };
  const yOffset = { field: 'series', type: 'nominal', sort: data.series, scale: { paddingInner: 0.1 } };
  const x = {
    type: 'quantitative',
    scale: { domain: [0, domainMax], nice: false },
    axis: { format: '.0%', title: null, tickCount: 5 },
  };
  const valued = { filter: { field: 'value', valid: true } };
  const shown = rows.filter((r) => data.codes.includes(r.destination));
  const total = shown.find((r) => r.placement_total !== null)?.placement_total;
  const sources = [...new Set(shown.map((r) => r.source_key).filter((k): k is string => k !== null))].sort();
  const note =
    total !== undefined && total !== null && data.year !== null
      ? [
          chartMessage(
            'placements-note',
            { total: formatNumber(total, lang), year: data.year, sources: sources.join(', ') },
            lang,
          ),
        ]
      : [];
  const title = o.title ?? chartMessage('placements-title', {}, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('placements-subtitle', { year: data.year ?? '' }, lang),
    body: {
      width,
      height: STEP * data.destinations.length,
      data: { values: data.bars },
      encoding: { y, yOffset },
      layer: [
        {
          transform: [valued],
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'value', ...x },
            color: {
              field: 'series',
              type: 'nominal',
              scale: { domain: data.series, range: [PALETTE.accent, PALETTE.second] },
              legend: { title: null },
            },
          },
        },
        {
          transform: [{ filter: { field: 'ci_low', valid: true } }],
          mark: { type: 'rule', color: PALETTE.interval, strokeWidth: 1.2 },
          encoding: { x: { field: 'ci_low', type: 'quantitative' }, x2: { field: 'ci_high' } },
        },
        {
          transform: [valued],
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10 },
          encoding: {
            x: { field: 'end', type: 'quantitative' },
            text: { field: 'value', type: 'quantitative', format: '.1%' },
          },
        },
        {
          transform: [
            {
              filter: {
                field: 'missing',
                oneOf: [
                  chartMessage('suppressed', {}, lang),
                  chartMessage('no-estimate', {}, lang),
                  chartMessage('not-published', {}, lang),
                ],
              },
            },
          ],
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dx: 3,
            fontSize: 10,
            color: PALETTE.muted,
          },
          encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'missing', type: 'nominal' } },
        },
      ],
    },
    footer: chartFooter(
      shown.map((r) => ({ flags: Array.isArray(r['flags']) ? r['flags'] : [] })),
      o,
      { extra: note },
    ),
    alt: placementsAlt(title, data.bars, lang),
  });
}
