import type { VegaLiteSpec, VegaSpec } from './compile-spec.ts';
import { type RenderSvgOptions, renderSvg } from './render-svg.ts';
import { svgToPng } from './svg-to-png.ts';

/** Options of `renderPng`: those of `renderSvg` plus the pixel density. */
export interface RenderPngOptions extends RenderSvgOptions {
  /** Pixels per SVG unit; default 2 (sharp on high-density screens and in print). */
  scale?: number;
}

/**
 * Renders a Vega-Lite or Vega spec to a PNG in Node: `renderSvg`, then resvg. Resvg is given only the
 * Inter TTFs shipped with this package (no system fonts), so the image is the same on every machine
 * and its text is drawn with the font it was measured with.
 *
 * @param spec - a Vega-Lite or Vega spec with inline data
 * @param options - `scale` (default 2) and the options of `renderSvg`
 * @returns the PNG bytes, `scale` times the SVG's width and height
 * @throws MinatError as `renderSvg` does
 * @example
 * ```ts
 * await writeFile('ranking.png', await renderPng(spec, { scale: 2 }));
 * ```
 */
export async function renderPng(
  spec: VegaLiteSpec | VegaSpec,
  options: RenderPngOptions = {},
): Promise<Uint8Array> {
  const { scale = 2, ...svgOptions } = options;
  return svgToPng(await renderSvg(spec, svgOptions), scale);
}
