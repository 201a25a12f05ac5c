import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, interFontFiles } from './inter-font-files.ts';

/**
 * Rasterises an SVG with resvg, given only the bundled Inter TTFs (no system fonts; every generic family
 * maps to Inter), for SVGs already rendered with `renderSvg`.
 *
 * @param svg - an SVG document
 * @param scale - pixels per SVG unit; default 2
 * @returns the PNG bytes
 * @example
 * ```ts
 * const png = svgToPng(await renderSvg(spec), 2);
 * ```
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const { regular, bold } = interFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [regular, bold],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
      serifFamily: CHART_FONT_FAMILY,
      monospaceFamily: CHART_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
