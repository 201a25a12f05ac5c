/**
 * A chart's legends for a phone screen, where legends side by side or right of the narrow plot would
 * sit outside the screen. Legends placed by the theme (above the plot, in one row each) are stacked
 * vertically, so two legends fit side by side; a legend right of the plot moves above it in rows of
 * `columns` entries; shape legends are left out when `shapes` is false (the trend chart's subtitle
 * already says that triangles mark significant changes, and their direction shows which). Returns a
 * new spec; the builder's is untouched.
 * @param spec - a `@minat/charts` spec
 * @param options - `columns` (default 3), `shapes` (default true)
 * @example narrowLegends(trendChart(rows, changes, { width: 250 }), { shapes: false })
 */
export function narrowLegends<T>(spec: T, options: { columns?: number; shapes?: boolean } = {}): T {
  const { columns = 3, shapes = true } = options;
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, ''));
    if (value === null || typeof value !== 'object') return value;
    const out = Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, walk(v, k)] as const),
    );
    if (key === 'shape' && !shapes && out['legend'] !== undefined) return { ...out, legend: null };
    if (key !== 'legend') return out;
    if (out['orient'] === 'right') return { ...out, orient: 'top', direction: 'horizontal', columns };
    if (out['orient'] === undefined) return { ...out, direction: 'vertical', titleOrient: 'top' };
    return out;
  };
  return walk(spec, '') as T;
}
