import type { TopLevelSpec } from 'vega-lite';
import type { NormalizedChartOptions } from '../options/normalize-chart-options.ts';
import { chartTheme } from '../theme/chart-theme.ts';
import { PALETTE } from '../theme/palette.ts';
import { wrapText } from './wrap-text.ts';

/** What {@link frameChart} puts around a chart's body. */
export interface FrameInput {
  options: NormalizedChartOptions;
  /** The default title; `options.title` replaces it. */
  title: string;
  /** The default subtitle; `options.subtitle` replaces it. */
  subtitle: string;
  /** The chart itself: a unit, layer or concat spec with its data inline. */
  body: Record<string, unknown>;
  /** Footer paragraphs ({@link chartFooter}). */
  footer: string[];
  /** The alt text, in the chart's language. */
  alt: string;
  /** Width the title and footer may take, in pixels (default: plot width + 120 for axis labels). */
  textWidth?: number;
}

const FOOTER_LINE = 13;

/**
 * Wraps a chart body into the top-level spec every builder returns: title and subtitle (wrapped to
 * the chart's width), the body, a footer view of text lines below it, the theme `config` with the
 * number locale of the language, `description` (the alt text, which Vega writes into the SVG's
 * `aria-label`) and `usermeta.minat` (`chart`, `lang`, `alt`) for {@link altText}.
 *
 * @param input - body, texts and the normalised options
 * @returns a Vega-Lite spec with its data inline
 * @example frameChart({ options, title: 'T', subtitle: 'S', body: { mark: 'bar', data: { values: [] } }, footer: [], alt: 'A' })
 */
export function frameChart(input: FrameInput): TopLevelSpec {
  const { options, body } = input;
  const textWidth = options.textWidth ?? input.textWidth ?? options.width + 120;
  const title = options.title ?? input.title;
  const subtitle = options.subtitle ?? input.subtitle;
  const lines = input.footer.flatMap((p) => wrapText(p, Math.floor(textWidth / 5.4)));
  const parts: Record<string, unknown>[] = [body];
  if (lines.length > 0) {
    parts.push({
      width: textWidth,
      height: lines.length * FOOTER_LINE,
      data: { values: lines.map((text, i) => ({ y: i * FOOTER_LINE, text })) },
      mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 10, color: PALETTE.muted },
      encoding: {
        x: { value: 0 },
        y: { field: 'y', type: 'quantitative', scale: null },
        text: { field: 'text', type: 'nominal' },
      },
    });
  }
  const titleLines = wrapText(title, Math.floor(textWidth / 9.5));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: input.alt,
    title: {
      text: titleLines.length === 1 ? titleLines[0]! : titleLines,
      subtitle: wrapText(subtitle, Math.floor(textWidth / 6.3)),
    },
    vconcat: parts,
    spacing: 16,
    config: chartTheme(options.lang),
    usermeta: { minat: { chart: options.chart, lang: options.lang, alt: input.alt } },
  } as unknown as TopLevelSpec;
}
