/** Attributes whose value is geometry; text, labels (`aria-label`) and colours are left as they are. */
const NUMERIC_ATTRIBUTES = new Set([
  'd',
  'transform',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'viewBox',
  'points',
  'offset',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'font-size',
]);

/**
 * Makes an SVG stable for snapshot tests: rounds the numbers in geometry attributes (`d`, `transform`,
 * `x`, `width`, …) to 2 decimals, so floating-point noise does not show as a change, and renumbers the
 * ids vega generates for clip paths and gradients, with every reference to them, in order of appearance.
 * Text content and `aria-label`s are untouched (they hold formatted numbers such as `1.234,5`).
 *
 * @param svg - an SVG document, as `renderSvg` returns it
 * @returns the same document with geometry rounded and ids renumbered
 * @example
 * ```ts
 * normalizeSvg('<path d="M0.123456,1.5h42.857142857Z"/>'); // -> '<path d="M0.12,1.5h42.86Z"/>'
 * ```
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (id !== undefined && !ids.has(id)) ids.set(id, `id${ids.size + 1}`);
  }
  const rounded = svg.replace(/<[^>]+>/g, (tag) =>
    tag.replace(/([\w:-]+)="([^"]*)"/g, (attribute, name: string, value: string) =>
      NUMERIC_ATTRIBUTES.has(name) ? `${name}="${roundNumbers(value)}"` : attribute,
    ),
  );
  return rounded.replace(/(?<=\s)id="([^"]+)"|url\(#([^)]+)\)/g, (match, id?: string, ref?: string) => {
    const renamed = ids.get(id ?? ref ?? '');
    if (renamed === undefined) return match;
    return id !== undefined ? `id="${renamed}"` : `url(#${renamed})`;
  });
}

function roundNumbers(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}
