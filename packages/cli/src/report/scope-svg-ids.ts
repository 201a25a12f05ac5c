/**
 * Prefixes every `id` in an SVG (and the `url(#…)` and `href="#…"` references to it) so that several
 * vega SVGs inlined in one HTML page do not share clip-path ids.
 *
 * @param svg - SVG text
 * @param prefix - e.g. the chart name
 * @returns the SVG with ids `PREFIX-id`
 * @example scopeSvgIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"/>', 'ranking')
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`);
}
