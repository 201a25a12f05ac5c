import { compile, type TopLevelSpec } from 'vega-lite';

const CACHE_SIZE = 48;
const cache = new Map<string, string>();
const SLOT = '__minatSlot';

/**
 * Compiles a Vega-Lite spec to Vega, reusing the compiled structure when only the inline data differ.
 * A filter change mostly changes the numbers, not the chart's structure (same destinations, legends,
 * layers), and compiling costs more than drawing: the inline datasets are swapped for numbered
 * placeholders, the placeholder spec is compiled once (warnings go to `logger` then), and the real
 * values are put back into the compiled datasets.
 */
export function compileCached(spec: Record<string, unknown>, logger: unknown): Record<string, unknown> {
  const values: unknown[] = [];
  const stripped = strip(spec, values, new Map());
  const key = JSON.stringify(stripped);
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = JSON.stringify(compile(stripped as TopLevelSpec, { logger: logger as never }).spec);
    cache.set(key, compiled);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  } else {
    cache.delete(key);
    cache.set(key, compiled);
  }
  const vega = JSON.parse(compiled) as { data?: { values?: unknown }[] };
  const filled = new Set<number>();
  for (const d of vega.data ?? []) {
    const slot = placeholderSlot(d.values);
    if (slot !== undefined) {
      d.values = values[slot];
      filled.add(slot);
    }
  }
  if (filled.size !== values.length) {
    // The compiler merged or moved a dataset: fall back to compiling the spec as it is.
    return compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec as Record<
      string,
      unknown
    >;
  }
  return vega as Record<string, unknown>;
}

// Identical inline datasets share one placeholder, so vega-lite merges them exactly as it merges the
// real ones (it keeps one dataset per distinct content).
function strip(node: unknown, values: unknown[], slots: Map<string, number>): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n, values, slots));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'data' && v !== null && typeof v === 'object' && 'values' in (v as object)) {
      const data = v as Record<string, unknown>;
      const isTopo = (data['format'] as { type?: string } | undefined)?.type === 'topojson';
      // TopoJSON (a world map's ~100 kB of shapes) is keyed by a cheap fingerprint, not its text.
      const text = isTopo ? topoFingerprint(data['values']) : JSON.stringify(data['values']);
      let slot = slots.get(text);
      if (slot === undefined) {
        slot = values.length;
        slots.set(text, slot);
        values.push(data['values']);
      }
      out[k] = { ...data, values: [{ [SLOT]: slot }] };
    } else out[k] = strip(v, values, slots);
  }
  return out;
}

function placeholderSlot(values: unknown): number | undefined {
  if (!Array.isArray(values) || values.length !== 1) return undefined;
  const first = values[0] as Record<string, unknown> | null;
  const slot = first?.[SLOT];
  return typeof slot === 'number' && Object.keys(first!).length === 1 ? slot : undefined;
}

/** A TopoJSON topology told apart by its shape, without writing out its arcs. */
function topoFingerprint(topology: unknown): string {
  const t = (topology ?? {}) as { bbox?: unknown; arcs?: unknown[]; objects?: object; transform?: unknown };
  return `topojson:${JSON.stringify([t.bbox, t.arcs?.length, Object.keys(t.objects ?? {}), t.transform])}`;
}
