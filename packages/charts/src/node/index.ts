/**
 * `@minat/charts/node`: headless rendering of chart specs in Node, without a browser or node-canvas.
 *
 * `renderSvg(spec)` compiles Vega-Lite, lays the chart out with vega (`View` with renderer `none`) and
 * returns the SVG; `renderPng(spec, { scale })` rasterises that SVG with resvg. Text is set in Inter,
 * shipped as TTF files in the `@expo-google-fonts/inter` dependency: vega measures it with the glyph
 * advances and kerning of those files (`installTextMetrics`) and resvg draws it from the same files, so
 * labels fit on a machine with no fonts installed. Output is deterministic (seeded random source, UTC),
 * and `normalizeSvg` prepares it for snapshots.
 *
 * @example
 * ```ts
 * import { renderPng, renderSvg } from '@minat/charts/node';
 * const svg = await renderSvg(spec);
 * const png = await renderPng(spec, { scale: 2 });
 * ```
 *
 * @packageDocumentation
 */
export type { CompiledSpec, VegaLiteSpec, VegaSpec } from './compile-spec.ts';
export { compileSpec } from './compile-spec.ts';
export { installTextMetrics } from './install-text-metrics.ts';
export type { InterFontFiles } from './inter-font-files.ts';
export { CHART_FONT_FAMILY, interFontFiles } from './inter-font-files.ts';
export { measureText } from './measure-text.ts';
export { normalizeSvg } from './normalize-svg.ts';
export type { RenderEnvironment } from './render-environment.ts';
export type { RenderPngOptions } from './render-png.ts';
export { renderPng } from './render-png.ts';
export type { RenderSvgOptions } from './render-svg.ts';
export { renderSvg } from './render-svg.ts';
export { svgToPng } from './svg-to-png.ts';
