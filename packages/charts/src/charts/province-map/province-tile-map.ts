import type { EstimateRow, RankingRow } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { textOn } from '../../theme/text-on.ts';
import { provinceMapAlt } from './province-map-alt.ts';
import { provinceShareTiles } from './province-share-tiles.ts';
import { provinceTopTiles } from './province-top-tiles.ts';

/** Options of {@link provinceTileMap}. */
export interface ProvinceTileMapOptions extends ChartOptions {
  /** `share` (default): the share choosing `destination`; `top`: each province's first destination. */
  mode?: 'share' | 'top';
  /** Share mode: the destination (ISO alpha-2); default the first destination of the rows. */
  destination?: string;
}

const COLS = 17;
const ROWS = 7;
const TIE_FILL = '#BDBDBD';

/**
 * Indonesia's 38 provinces as a tile grid (17 × 7, west to east, from `@minat/core`'s reference
 * data), coloured by the share of the province's respondents choosing one destination (`share`), or
 * by the destination each province ranks first (`top`; "tie" where the first is not significantly
 * ahead). Each tile carries its short label and value; suppressed tiles are grey and marked ×, never
 * coloured as zero; provinces without data are white.
 *
 * @param rows - share mode: published estimate rows by `province`; top mode: published ranking rows by `province`
 * @param options - {@link ProvinceTileMapOptions}; defaults: `mode` share, `lang` en, width 680, `top` 7 colours
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option, rows without `province`, or top mode without `rank`
 * @example provinceTileMap(publishRows(estimateShares(survey, design, { by: ['province'] }).rows), { destination: 'JP' })
 */
export function provinceTileMap(
  rows: readonly (EstimateRow | RankingRow)[],
  options: ProvinceTileMapOptions = {},
): TopLevelSpec {
  const o = normalizeChartOptions('province-map', options);
  requireColumns(rows, ['province', 'destination', 'estimate', 'flags'], 'province-map');
  const { lang } = o;
  const input = rows as readonly Record<string, unknown>[];
  const share = o.mode === 'share' ? provinceShareTiles(input, o) : undefined;
  const top = o.mode === 'top' ? provinceTopTiles(input, o) : undefined;
  const tiles = share?.tiles ?? top!.tiles;
  let fill: Record<string, unknown>;
  if (top) {
    const colours = top.categories.map((c, i) =>
      c === chartMessage('no-clear-first', {}, lang)
        ? TIE_FILL
        : c === chartMessage('other-destinations', {}, lang)
          ? PALETTE.context
          : PALETTE.categorical[i % 8]!,
    );
    for (const t of tiles) {
      const k = t.category === null ? -1 : top.categories.indexOf(t.category);
      t.light = k >= 0 && textOn(colours[k]!) === '#FFFFFF' ? 1 : 0;
    }
    fill = {
      field: 'category',
      type: 'nominal',
      scale: { domain: top.categories, range: colours },
      legend: {
        title: chartMessage('legend-top', {}, lang),
        columns: 4,
        symbolType: 'square',
        labelLimit: 280,
      },
    };
  } else {
    const max = Math.max(0.01, ...tiles.map((t) => t.estimate ?? 0));
    fill = {
      field: 'estimate',
      type: 'quantitative',
      scale: { scheme: PALETTE.sequential, domain: [0, max] },
      legend: { title: chartMessage('legend-share', {}, lang), format: '.0%', gradientLength: 180 },
    };
  }
  const step = Math.floor(o.width / COLS);
  const band = (field: string, n: number) => ({
    field,
    type: 'ordinal',
    scale: { domain: Array.from({ length: n }, (_, i) => i), paddingInner: 0.08, paddingOuter: 0 },
    axis: null,
  });
  const tooltip = [
    { field: 'name', type: 'nominal', title: chartMessage('group-province', {}, lang) },
    ...(top ? [{ field: 'leader', type: 'nominal', title: chartMessage('legend-top', {}, lang) }] : []),
    { field: 'estimate', type: 'quantitative', title: chartMessage('legend-share', {}, lang), format: '.1%' },
  ];
  const text = (field: string, dy: number, fontWeight: string, fontSize: number) =>
    [0, 1].map((light) => ({
      transform: [{ filter: { field: 'light', equal: light } }],
      mark: { type: 'text', dy, fontWeight, fontSize, color: light ? '#FFFFFF' : PALETTE.text },
      encoding: { text: { field, type: 'nominal' } },
    }));
  const title =
    o.title ??
    (share
      ? chartMessage('province-share-title', { destination: share.destination }, lang)
      : chartMessage('province-top-title', {}, lang));
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const shown = share
    ? rows.filter((r) => r.destination === share.code)
    : top!.tiles.flatMap((t) => {
        const own = rows.filter((r) => String(r['province']) === t.province);
        return own
          .filter((r) => r['rank'] === 1)
          .slice(0, 1)
          .concat(own.some((r) => r['rank'] === 1) ? [] : own.slice(0, 1));
      });
  return frameChart({
    options: o,
    title,
    subtitle: share
      ? chartMessage('province-share-subtitle', { destination: share.destination, measure }, lang)
      : chartMessage('province-top-subtitle', {}, lang),
    textWidth: step * COLS,
    body: {
      width: step * COLS,
      height: step * ROWS,
      data: {
        values: tiles.map((t) => ({ ...t, painted: (top ? t.category : t.estimate) === null ? 0 : 1 })),
      },
      encoding: { x: band('col', COLS), y: band('row', ROWS) },
      layer: [
        {
          mark: { type: 'rect', fill: '#FFFFFF', stroke: PALETTE.context, strokeWidth: 0.5 },
          encoding: { tooltip },
        },
        {
          transform: [{ filter: { field: 'status', equal: 'suppressed' } }],
          mark: { type: 'rect', fill: PALETTE.suppressed },
        },
        {
          transform: [{ filter: { field: 'painted', equal: 1 } }],
          mark: { type: 'rect' },
          encoding: { color: fill, tooltip },
        },
        ...text('tile', -6, 'bold', 10),
        ...text('value', 7, 'normal', 9),
      ],
    },
    footer: chartFooter(shown as readonly Record<string, unknown>[], o, { cue: share ? 'brackets' : 'none' }),
    alt: provinceMapAlt(title, tiles, o.mode, lang),
  });
}
