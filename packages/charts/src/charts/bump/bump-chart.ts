import type { RankingRow } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../../format/format-number.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { bumpAlt } from './bump-alt.ts';
import { bumpData } from './bump-data.ts';

/**
 * Rank of destinations across waves (a bump chart): a line per destination through its rank in each
 * wave (1 at the top), the leading `top` (default 10) of the latest wave, each rank with its rank
 * interval (`rank_low`–`rank_high`, from the ranking's replicates) as a faint bar, names at the line
 * ends. A suppressed or unranked wave breaks the line.
 *
 * @param rows - ranking rows by wave: `publishRanking(rankDestinations(survey, design, { by: ['wave'] }))`
 * @param options - {@link ChartOptions}; defaults: `lang` en, `top` 10, width 420
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option, rows without `wave` or `rank`, or rows of several groups
 * @example bumpChart(publishRanking(rankDestinations(survey, design, { by: ['wave'] })), { lang: 'id' })
 */
export function bumpChart(rows: readonly RankingRow[], options: ChartOptions = {}): TopLevelSpec {
  const o = normalizeChartOptions('bump', options);
  requireColumns(rows, ['wave', 'destination', 'rank', 'flags'], 'bump');
  const { lang } = o;
  const data = bumpData(rows as readonly Record<string, unknown>[], o);
  const ranks = data.points.flatMap((p) => [p.rank, p.rank_high]).filter((r): r is number => r !== null);
  const maxRank = Math.max(1, ...ranks);
  const color = {
    field: 'label',
    type: 'nominal',
    scale: { domain: data.series, range: data.series.map((_, i) => PALETTE.categorical[i % 8]) },
    legend: null,
  };
  const ranked = { filter: { field: 'rank', valid: true } };
  const level = formatNumber(o.context.level * 100, lang, Number.isInteger(o.context.level * 100) ? 0 : 1);
  const title = o.title ?? chartMessage('bump-title', {}, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('bump-subtitle', { level }, lang),
    textWidth: o.width + 160,
    body: {
      width: o.width,
      height: Math.max(160, maxRank * 26),
      data: { values: data.points },
      encoding: {
        x: {
          field: 'wave',
          type: 'ordinal',
          sort: data.waves,
          scale: { type: 'point', padding: 0.3 },
          axis: { title: chartMessage('axis-wave', {}, lang), labelAngle: 0, orient: 'top' },
        },
        y: {
          field: 'rank',
          type: 'quantitative',
          scale: { domain: [0.5, maxRank + 0.5], reverse: true, nice: false, zero: false },
          axis: {
            title: chartMessage('axis-rank', {}, lang),
            values: Array.from({ length: maxRank }, (_, i) => i + 1),
            format: 'd',
            grid: false,
            domain: false,
          },
        },
        color,
      },
      layer: [
        {
          transform: [
            { filter: { field: 'rank_low', valid: true } },
            { filter: { field: 'rank_high', valid: true } },
          ],
          mark: { type: 'rule', strokeWidth: 3, opacity: 0.5, strokeCap: 'round' },
          encoding: {
            y: { field: 'rank_low', type: 'quantitative' },
            y2: { field: 'rank_high' },
            xOffset: { field: 'label', type: 'nominal', sort: data.series, scale: { range: [-14, 14] } },
          },
        },
        { mark: { type: 'line', strokeWidth: 2.5 } },
        { transform: [ranked], mark: { type: 'point', filled: true, size: 60, opacity: 1 } },
        {
          transform: [{ filter: { field: 'last', equal: 1 } }],
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dx: 10,
            fontSize: 11,
            color: PALETTE.text,
          },
          encoding: { text: { field: 'label', type: 'nominal' }, color: { value: PALETTE.text } },
        },
      ],
    },
    footer: chartFooter(
      rows.filter((r) => data.codes.includes(r.destination)) as readonly Record<string, unknown>[],
      o,
    ),
    alt: bumpAlt(title, data.points, data.codes, lang),
  });
}
