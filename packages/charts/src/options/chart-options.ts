import type { Lang } from '@minat/core';
import type { ChartContext } from './chart-context.ts';
import type { Text } from './text.ts';

/**
 * Options every chart builder takes. Builders add their own (e.g. `other` for the ranking); all are
 * checked in one place, {@link normalizeChartOptions}, with errors naming the option, the value and the
 * allowed values.
 *
 * @example rankingChart(rows, { lang: 'id', top: 8, context: { ci: 'logit', level: 0.95 } })
 */
export interface ChartOptions {
  /** Language of every text and number format: `en` (default) or `id` (decimal comma, thousands dot). */
  lang?: Lang;
  /** Title, replacing the chart's default. */
  title?: Text;
  /** Subtitle, replacing the chart's default. */
  subtitle?: Text;
  /** Facts for the footer: question, base, weighting, interval method and level, reliability, source. */
  context?: ChartContext;
  /** Width of the plot in pixels (default depends on the chart, 300–760). */
  width?: number;
  /**
   * Width the title, subtitle and footer wrap to, in pixels (default: per chart, the plot plus its
   * labels). Set it with `width` to fit a narrow screen.
   */
  textWidth?: number;
  /** How many destinations (or series) to show, leading ones first (default depends on the chart). */
  top?: number;
  /** Significance level for ties, changes and differences drawn as significant; default 0.05. */
  alpha?: number;
  /** Labels for group codes (e.g. `{ F: { en: 'Female', id: 'Perempuan' } }`); codes without one show as they are. */
  labels?: Record<string, Text>;
}
