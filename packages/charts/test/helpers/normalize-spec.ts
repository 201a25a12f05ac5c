/**
 * A spec as its snapshot stores it: inline TopoJSON (the world-atlas base map, from a pinned
 * dependency) is replaced by a short description, so snapshots show the chart, not 100 kB of arcs.
 */
export function normalizeSpec(spec: unknown): unknown {
  return JSON.parse(JSON.stringify(spec), (_key, value) => {
    if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Topology') {
      const t = value as { objects: Record<string, { geometries?: unknown[] }>; arcs: unknown[] };
      const objects = Object.entries(t.objects).map(
        ([k, o]) => `${k} (${o.geometries?.length ?? 0} geometries)`,
      );
      return `<TopoJSON: ${objects.join(', ')}; ${t.arcs.length} arcs>`;
    }
    return value;
  });
}
