import { feature } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

type Ring = number[][];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return a / 2;
}

function ringCentroid(ring: Ring): [number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    a += f;
    x += (ring[j]![0]! + ring[i]![0]!) * f;
    y += (ring[j]![1]! + ring[i]![1]!) * f;
  }
  return [x / (3 * a), y / (3 * a)];
}

/**
 * Where a country's circle stands on the world map: the planar centroid (in degrees) of the outer
 * ring of its largest polygon in world-atlas `countries-50m` (so metropolitan France, the contiguous
 * United States, and small places such as Hong Kong, Singapore and Bahrain that 110m lacks), rounded
 * to 0.01°, keyed by ISO 3166-1 numeric code. Regenerate with `UPDATE_CENTROIDS=1`.
 */
export function countryCentroidsFromAtlas(): Record<string, [number, number]> {
  const topology = countries50m as unknown as Parameters<typeof feature>[0];
  const collection = feature(topology, 'countries') as unknown as GeoJSON.FeatureCollection;
  const out: Record<string, [number, number]> = {};
  for (const f of collection.features) {
    if (f.id === undefined || !f.geometry) continue;
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let best: Ring | undefined;
    for (const p of polygons) if (!best || Math.abs(ringArea(p[0]!)) > Math.abs(ringArea(best))) best = p[0]!;
    if (!best) continue;
    const [lon, lat] = ringCentroid(best);
    out[String(f.id)] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
