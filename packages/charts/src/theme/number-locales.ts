import type { Lang } from '@minat/core';

/** A d3-format number locale, as Vega-Lite's `config.locale.number` takes it. */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
  percent: string;
}

/**
 * Number formats per language: English (decimal point, thousands comma) and Indonesian (id-ID: decimal
 * comma, thousands dot, e.g. `28,7%`, `10.296`). Charts put the locale of their language in
 * `config.locale.number`, so every axis, label and tooltip format follows it.
 * @example NUMBER_LOCALES.id.decimal // ','
 */
export const NUMBER_LOCALES: Readonly<Record<Lang, NumberLocale>> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '\u2212', percent: '%' },
  id: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''], minus: '\u2212', percent: '%' },
};
