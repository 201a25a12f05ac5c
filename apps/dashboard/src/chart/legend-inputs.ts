import { isObject } from './spec-guards.ts';

const CONTINUOUS = new Set(['linear', 'log', 'pow', 'sqrt', 'symlog', 'sequential', 'time', 'utc']);
const LEGEND_CHANNELS = ['fill', 'stroke', 'size', 'shape', 'opacity', 'strokeDash', 'strokeWidth'];

/** The scales and legends of a compiled spec ({@link collectLegends}). */
export interface Found {
  /** A scale domain unions parameters. */
  union: boolean;
  scales: Map<string, { type: string | undefined; domain: unknown }>;
  legends: Record<string, unknown>[];
}

/** Collects the scales and legends of a compiled spec, and whether a domain unions parameters. */
export function collectLegends(node: unknown, found: Found): void {
  if (Array.isArray(node)) {
    for (const n of node) collectLegends(n, found);
    return;
  }
  if (!isObject(node)) return;
  const fields = isObject(node['domain']) ? node['domain']['fields'] : undefined;
  if (Array.isArray(fields) && fields.some((f) => isObject(f) && typeof f['signal'] === 'string'))
    found.union = true;
  for (const scale of Array.isArray(node['scales']) ? node['scales'] : [])
    if (isObject(scale) && typeof scale['name'] === 'string')
      found.scales.set(scale['name'], { type: scale['type'] as string | undefined, domain: scale['domain'] });
  for (const legend of Array.isArray(node['legends']) ? node['legends'] : [])
    if (isObject(legend)) found.legends.push(legend);
  for (const v of Object.values(node)) collectLegends(v, found);
}

const DISCRETIZING = new Set(['quantize', 'quantile', 'threshold', 'bin-ordinal']);

/**
 * A size legend: its entries' values and its scale's domain, each a signal's name or a literal list
 * (undefined: taken from the data or the scale's ticks), and whether the scale is linear.
 */
export interface SizeLegend {
  linear: boolean;
  values: string | unknown[] | undefined;
  domain: string | unknown[] | undefined;
}

/**
 * What a live view needs to know of a chart's symbol legends (see {@link CompiledChart}). A live
 * symbol legend keeps its old extent until its groups are bounded again: after a change of any of
 * `relayoutSignals`, {@link updateView} has them bounded. A size legend also keeps its rows spaced for
 * its old symbols: a change of its inputs (`legendSignals`, among the former) is live only when its
 * symbols keep their sizes (`sizeLegends`, see `liveChanges`). A symbol legend whose scale takes its
 * domain from the data cannot be watched: the chart is then not `live`. Gradient legends (a
 * continuous fill or stroke) are laid out anew.
 */
export function legendInputs(found: Found): {
  live: boolean;
  legendSignals: string[];
  relayoutSignals: string[];
  sizeLegends: SizeLegend[];
} {
  const legendSignals = new Set<string>();
  const relayoutSignals = new Set<string>();
  const sizeLegends: SizeLegend[] = [];
  let live = true;
  const signalOf = (v: unknown) => (isObject(v) && typeof v['signal'] === 'string' ? v['signal'] : undefined);
  for (const legend of found.legends) {
    const scales = LEGEND_CHANNELS.flatMap((channel) => {
      const name = legend[channel];
      const scale = typeof name === 'string' ? found.scales.get(name) : undefined;
      return scale ? [{ channel, ...scale }] : [];
    });
    const first = scales[0];
    if (!first) continue;
    // Vega's own choice of legend type (vega-parser legendType).
    let type = (legend['type'] as string | undefined) ?? 'symbol';
    if (legend['type'] === undefined && scales.length === 1 && ['fill', 'stroke'].includes(first.channel))
      type = CONTINUOUS.has(first.type ?? 'linear') ? 'gradient' : 'symbol';
    if (type !== 'symbol' || DISCRETIZING.has(first.type ?? '')) continue;
    const watch = (signal: string) => {
      relayoutSignals.add(signal);
      if (legend['size'] !== undefined) legendSignals.add(signal);
    };
    const values = signalOf(legend['values']);
    if (values) watch(values);
    const size = scales.find((s) => s.channel === 'size');
    if (legend['size'] !== undefined && size) {
      sizeLegends.push({
        linear: (size.type ?? 'linear') === 'linear',
        values: values ?? (Array.isArray(legend['values']) ? (legend['values'] as unknown[]) : undefined),
        domain:
          signalOf(size.domain) ?? (Array.isArray(size.domain) ? (size.domain as unknown[]) : undefined),
      });
    }
    for (const scale of scales) {
      const domain = signalOf(scale.domain);
      if (domain) watch(domain);
      else if (!Array.isArray(scale.domain)) live = false;
    }
  }
  return { live, legendSignals: [...legendSignals], relayoutSignals: [...relayoutSignals], sizeLegends };
}
