import { MinatError } from '@minat/core';
import * as vega from 'vega';
import { collectingLogger } from './collecting-logger.ts';
import { compileSpec, type VegaLiteSpec, type VegaSpec } from './compile-spec.ts';
import { CHART_FONT_FAMILY } from './inter-font-files.ts';
import { type RenderEnvironment, withRenderEnvironment } from './render-environment.ts';

/** Options of `renderSvg` and `renderPng`. */
export interface RenderSvgOptions extends RenderEnvironment {
  /**
   * Render even when Vega-Lite or vega warned; default `false`, so a warning throws
   * (Minat's chart builders produce none).
   */
  allowWarnings?: boolean;
}

/** Fonts for every text vega draws, under whatever the spec's own config sets. */
const FONT_CONFIG = {
  text: { font: CHART_FONT_FAMILY },
  axis: { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY },
  legend: { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY },
  title: { font: CHART_FONT_FAMILY, subtitleFont: CHART_FONT_FAMILY },
} as const;

/**
 * Renders a Vega-Lite or Vega spec to an SVG string in Node, without a browser or node-canvas:
 * compiles Vega-Lite, runs a vega `View` with renderer `none` and calls `toSVG()`. Text is set in
 * Inter and laid out with Inter's real glyph widths (see `installTextMetrics`), so labels neither clip
 * nor leave gaps when the SVG is drawn with that font. The output is deterministic: a seeded random
 * source, UTC (or the given time zone) for local-time formats, SVG ids counted from 1. Data must be
 * inline (`values`): the renderer loads no files or URLs.
 *
 * @param spec - a Vega-Lite or Vega spec; number and time formats follow its `config.locale`
 * @param options - `seed` (default 1), `timeZone` (default `'UTC'`), `allowWarnings` (default `false`)
 * @returns the SVG document
 * @throws MinatError `option-invalid` when Vega-Lite or vega warns (unless `allowWarnings`), or when
 *   the spec refers to data or images by URL
 * @example
 * ```ts
 * const svg = await renderSvg({ data: { values: rows }, mark: 'bar', encoding: { … } });
 * ```
 */
export async function renderSvg(
  spec: VegaLiteSpec | VegaSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  const { spec: compiled, warnings } = compileSpec(spec);
  const svg = await withRenderEnvironment(options, async () => {
    const view = new vega.View(vega.parse(compiled, FONT_CONFIG), {
      renderer: 'none',
      logger: collectingLogger(warnings),
      logLevel: vega.Warn,
      loader: offlineLoader(),
    });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  });
  if (warnings.length > 0 && !options.allowWarnings) {
    throw new MinatError(
      'option-invalid',
      `the chart spec rendered with ${warnings.length} warning(s):\n${warnings.map((w) => `  - ${w}`).join('\n')}`,
      { value: warnings[0], expected: 'a spec that compiles and renders without warnings' },
    );
  }
  return svg;
}

function offlineLoader(): vega.Loader {
  const refuse = async (uri: string): Promise<never> => {
    throw new MinatError('option-invalid', `the chart spec refers to ${JSON.stringify(uri)}`, {
      value: uri,
      expected: 'data inline in the spec (values), no URLs or files',
    });
  };
  return { ...vega.loader(), load: refuse, sanitize: refuse, file: refuse, http: refuse };
}
