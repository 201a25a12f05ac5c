import { type EstimateRow, getCountry } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { joinList } from '../../alt/join-list.ts';
import { destinationName } from '../../format/destination-name.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { rowStatus } from '../../rows/row-status.ts';
import { PALETTE } from '../../theme/palette.ts';
import { reliabilityOpacity } from '../shared/reliability-opacity.ts';
import { circleScaleMax } from './circle-scale-max.ts';
import { equalEarth } from './equal-earth.ts';
import centroids from './generated/country-centroids.json' with { type: 'json' };
import { placeLabels } from './place-labels.ts';
import { worldMapAlt } from './world-map-alt.ts';

const MAX_AREA = 1400;
const LABELS = 8;
const NORTH = 84;
const SOUTH = -58;

const topology = countries110m as unknown as {
  type: string;
  objects: { countries: { type: string; geometries: { id?: string }[] } };
};
/** Countries of world-atlas 110m without Antarctica, which only takes room. */
const base = {
  ...topology,
  objects: {
    countries: {
      ...topology.objects.countries,
      geometries: topology.objects.countries.geometries.filter((g) => g.id !== '010'),
    },
  },
};

/**
 * Destinations on a world map (Equal Earth, countries of world-atlas 110m): a circle at each
 * destination with area proportional to its share (the largest area standing for the largest share
 * rounded up, {@link circleScaleMax}), the leading `top` (default 20), faded when less
 * reliable; suppressed destinations as open rings, never as small circles. Destinations are placed by
 * ISO 3166-1 numeric code (`getCountry(code).numeric`) at the centroid of their largest polygon in
 * world-atlas 50m, so Hong Kong, Singapore and Bahrain appear; names are set next to the largest
 * circles where they fit. Codes with no place (another country `ZZ`, regions) are named in the footer.
 *
 * @param rows - published estimate rows of one group (one row per destination)
 * @param options - {@link ChartOptions}; defaults: `lang` en, `top` 20, width 720
 * @returns a Vega-Lite spec with its data inline (the base map as TopoJSON)
 * @throws MinatError `option-invalid` for a bad option or rows of several groups
 * @example worldMap(publishRows(estimateShares(survey, design, { filter: { wave: ['2026'] } }).rows), { lang: 'id' })
 */
export function worldMap(rows: readonly EstimateRow[], options: ChartOptions = {}): TopLevelSpec {
  const o = normalizeChartOptions('world-map', options);
  requireColumns(rows, ['destination', 'estimate', 'ci_low', 'ci_high', 'flags'], 'world-map');
  assertUnique(rows as readonly Record<string, unknown>[], ['destination'], 'world-map');
  const { lang, width } = o;
  const scale = width / (2 * equalEarth(180, 0)[0]);
  const top = equalEarth(0, NORTH)[1] * scale;
  const height = Math.round(top - equalEarth(0, SOUTH)[1] * scale);
  const located = rows.map((r) => {
    const numeric = getCountry(r.destination)?.numeric;
    const at =
      numeric === undefined ? undefined : (centroids as unknown as Record<string, [number, number]>)[numeric];
    const status = rowStatus(r as Record<string, unknown>);
    const valued = status !== 'suppressed' && status !== 'missing';
    return {
      code: r.destination,
      label: destinationName(r.destination, lang, o.labels),
      estimate: valued ? r.estimate : null,
      ci_low: valued ? r.ci_low : null,
      ci_high: valued ? r.ci_high : null,
      status,
      status_label: chartMessage(`status-${status}`, {}, lang),
      lon: at?.[0] ?? null,
      lat: at?.[1] ?? null,
    };
  });
  const valued = located
    .filter((p) => p.estimate !== null && p.estimate > 0)
    .sort((a, b) => b.estimate! - a.estimate!)
    .slice(0, o.top);
  const rings = located.filter((p) => p.status === 'suppressed' && p.lon !== null);
  const placed = valued.filter((p) => p.lon !== null);
  const max = circleScaleMax(Math.max(0, ...placed.map((p) => p.estimate!)));
  // The legend shows half and all of the largest circle (e.g. 15% and 30%): the same two symbols
  // whatever the filter, only their labels change with the scale.
  const legendValues = placed.length === 0 ? [] : [Number((max / 2).toFixed(4)), max];
  const circles = placed.map((p, i) => {
    const [x, y] = equalEarth(p.lon!, p.lat!);
    return {
      x: width / 2 + x * scale,
      y: top - y * scale,
      r: Math.sqrt((MAX_AREA * p.estimate!) / max / Math.PI),
      text: i < LABELS ? p.label : '',
    };
  });
  const labels = placeLabels(circles, width, height).map((l) => ({ ...l, text: circles[l.index]!.text }));
  const unplaced = valued.filter((p) => p.lon === null).map((p) => p.label);
  const geo = {
    longitude: { field: 'lon', type: 'quantitative' },
    latitude: { field: 'lat', type: 'quantitative' },
  };
  const SIDES = {
    right: ['left', 'middle'],
    left: ['right', 'middle'],
    above: ['center', 'bottom'],
    below: ['center', 'top'],
  } as const;
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const title = o.title ?? chartMessage('world-title', {}, lang);
  const subtitle = [chartMessage('world-subtitle', { measure }, lang)];
  if (rings.length > 0) subtitle.push(chartMessage('world-suppressed', {}, lang));
  const shown = new Set([...placed, ...rings].map((p) => p.code));
  return frameChart({
    options: o,
    title,
    subtitle: subtitle.join('; '),
    textWidth: width,
    body: {
      width,
      height,
      projection: { type: 'equalEarth', scale, translate: [width / 2, top] },
      layer: [
        {
          data: { values: base, format: { type: 'topojson', feature: 'countries' } },
          mark: {
            type: 'geoshape',
            fill: PALETTE.land,
            stroke: PALETTE.border,
            strokeWidth: 0.5,
            aria: false,
          },
        },
        {
          data: { values: placed },
          mark: { type: 'circle', stroke: '#FFFFFF', strokeWidth: 0.8 },
          encoding: {
            ...geo,
            size: {
              field: 'estimate',
              type: 'quantitative',
              scale: { type: 'linear', domain: [0, max], range: [0, MAX_AREA], zero: true },
              // No legend without circles: an empty size legend has no extent and breaks the layout.
              legend:
                legendValues.length > 0
                  ? {
                      title: chartMessage('legend-share', {}, lang),
                      format: max < 0.1 ? '.1%' : '.0%',
                      symbolFillColor: PALETTE.accent,
                      symbolStrokeWidth: 0,
                      values: legendValues,
                    }
                  : null,
            },
            color: { value: PALETTE.accent },
            opacity: reliabilityOpacity(placed, lang),
            tooltip: [
              { field: 'label', type: 'nominal', title: chartMessage('legend-destination', {}, lang) },
              {
                field: 'estimate',
                type: 'quantitative',
                title: chartMessage('legend-share', {}, lang),
                format: '.1%',
              },
            ],
          },
        },
        // Always a layer, empty when nothing is suppressed: a filter that suppresses a destination
        // then changes the chart's data, not its structure (the dashboard updates it in place).
        {
          data: { values: rings },
          mark: {
            type: 'point',
            shape: 'circle',
            size: 60,
            stroke: PALETTE.muted,
            strokeWidth: 1.2,
            filled: false,
          },
          encoding: geo,
        },
        ...Object.entries(SIDES).map(([side, [align, baseline]]) => ({
          data: { values: labels.filter((l) => l.side === side) },
          mark: { type: 'text', align, baseline, fontSize: 10.5, color: PALETTE.text },
          encoding: {
            x: { field: 'x', type: 'quantitative', scale: null },
            y: { field: 'y', type: 'quantitative', scale: null },
            text: { field: 'text', type: 'nominal' },
          },
        })),
      ],
    },
    footer: chartFooter(
      rows.filter((r) => shown.has(r.destination)) as readonly Record<string, unknown>[],
      o,
      {
        cue: 'faded',
        extra:
          unplaced.length > 0
            ? [chartMessage('world-unplaced', { names: joinList(unplaced, lang) }, lang)]
            : [],
      },
    ),
    alt: worldMapAlt(title, [...valued, ...rings], lang),
  });
}
