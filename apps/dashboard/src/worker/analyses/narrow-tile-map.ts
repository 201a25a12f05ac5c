/**
 * The province tile map for a phone screen, where the tiles are about 18 px wide: each tile keeps its
 * short province label in a smaller font, centred, and drops the value line, which would overlap the
 * next tile (the values stay in the tooltip, the data table and the view's summary). Returns a new
 * spec; the builder's is untouched.
 * @param spec - a `provinceTileMap` spec
 * @example narrowTileMap(provinceTileMap(rows, { width: 320 }))
 */
export function narrowTileMap<T>(spec: T): T {
  const textOf = (layer: Record<string, unknown>) =>
    (layer['encoding'] as Record<string, { field?: string }> | undefined)?.['text']?.field;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value
        .filter((v) => !(v && typeof v === 'object' && textOf(v as Record<string, unknown>) === 'value'))
        .map(walk);
    }
    if (value === null || typeof value !== 'object') return value;
    const out = Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, walk(v)]),
    );
    if (textOf(out) === 'tile') out['mark'] = { ...(out['mark'] as object), dy: 0, fontSize: 7.5 };
    return out;
  };
  return walk(spec) as T;
}
