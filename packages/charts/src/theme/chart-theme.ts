import type { Lang } from '@minat/core';
import type { Config } from 'vega-lite';
import { CHART_FONT } from './chart-font.ts';
import { NUMBER_LOCALES } from './number-locales.ts';
import { PALETTE } from './palette.ts';

/**
 * The Vega-Lite `config` of every Minat chart: Inter, the Okabe–Ito categorical range, blues for
 * sequential scales, quiet axes, left-aligned titles, and the number locale of `lang`
 * (`id`: decimal comma and thousands dot).
 *
 * @param lang - `en` or `id`
 * @returns a fresh config object (safe to modify)
 * @example chartTheme('id').locale?.number?.decimal // ','
 */
export function chartTheme(lang: Lang): Config {
  const locale = NUMBER_LOCALES[lang];
  return {
    font: CHART_FONT,
    background: '#FFFFFF',
    padding: 12,
    locale: { number: { ...locale, grouping: [...locale.grouping], currency: [...locale.currency] } },
    view: { stroke: null },
    title: {
      anchor: 'start',
      fontSize: 16,
      fontWeight: 'bold',
      color: PALETTE.text,
      subtitleFontSize: 12,
      subtitleColor: PALETTE.muted,
      subtitlePadding: 4,
      offset: 14,
    },
    axis: {
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: 'normal',
      labelColor: PALETTE.text,
      titleColor: PALETTE.muted,
      domainColor: '#888888',
      tickColor: '#888888',
      gridColor: '#E6E6E6',
    },
    legend: {
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: 'bold',
      labelColor: PALETTE.text,
      titleColor: PALETTE.text,
      orient: 'top',
      direction: 'horizontal',
      titleOrient: 'left',
    },
    header: { labelFontSize: 11, titleFontSize: 11 },
    text: { fontSize: 11, color: PALETTE.text },
    range: {
      category: [...PALETTE.categorical],
      ramp: { scheme: PALETTE.sequential },
      heatmap: { scheme: PALETTE.sequential },
      diverging: { scheme: PALETTE.diverging },
    },
    concat: { spacing: 14 },
  };
}
