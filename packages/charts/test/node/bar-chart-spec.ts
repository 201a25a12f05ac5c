import type { Locale } from 'vega';
import type { VegaLiteSpec } from '../../src/node/compile-spec.ts';

/** Indonesian number formats (decimal comma, thousands dot), as vega's `config.locale` takes them. */
export const ID_LOCALE: Locale = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] as [string, string] },
};

/** Destinations with long Indonesian names, the labels that clipped under vega's width estimate. */
export const DESTINATIONS = [
  { destination: 'Malaysia', share: 0.3125, respondents: 3750 },
  { destination: 'Korea Selatan', share: 0.1875, respondents: 2250 },
  { destination: 'Hong Kong (Tiongkok)', share: 0.125, respondents: 1500 },
  { destination: 'Uni Emirat Arab', share: 0.0625, respondents: 750 },
];

/**
 * A small literal bar chart: horizontal bars of share by destination coloured by destination (so it has
 * a legend), the number of respondents printed after each bar, Indonesian number formats.
 */
export const barChartSpec: VegaLiteSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: 'Negara tujuan pilihan', subtitle: 'Bagian responden, n = 12.000' },
  config: { locale: ID_LOCALE },
  data: { values: DESTINATIONS },
  encoding: {
    y: { field: 'destination', type: 'nominal', sort: null, title: null },
    x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, title: 'Bagian' },
  },
  layer: [
    { mark: 'bar', encoding: { color: { field: 'destination', type: 'nominal', title: 'Negara tujuan' } } },
    {
      mark: { type: 'text', align: 'left', dx: 3 },
      encoding: { text: { field: 'respondents', type: 'quantitative', format: ',.1f' } },
    },
  ],
};
