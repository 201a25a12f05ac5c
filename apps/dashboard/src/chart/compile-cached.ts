import { compile, type TopLevelSpec } from 'vega-lite';
import { markRows, nextGeneration, regroupFacets } from './facet-generation.ts';
import { collectLegends, type Found, legendInputs, type SizeLegend } from './legend-inputs.ts';
import { type Lifted, liftSpec, PARAM, SIZE_BASE, SLOT } from './lift-spec.ts';
import { isObject } from './spec-guards.ts';

/** One input of a compiled chart that may change without changing its structure. */
export interface ChartInput {
  /** `data`: a dataset of the Vega spec; `signal`: a top-level signal. */
  kind: 'data' | 'signal';
  /** The dataset's or signal's name in the Vega spec. */
  name: string;
  value: unknown;
  /** The value written out (a fingerprint for TopoJSON), to tell a changed input from an unchanged one. */
  text: string;
}

/** A Vega-Lite spec compiled to Vega by {@link compileCached}. */
export interface CompiledChart {
  /**
   * The compiled structure: two charts with the same key have the same Vega dataflow and differ only
   * in their {@link ChartInput}s and description, so a live view of one can be turned into the other
   * ({@link updateView}).
   */
  key: string;
  /** The Vega spec, every input in place. */
  vega: Record<string, unknown>;
  inputs: ChartInput[];
  /** The spec's description (its alt text), which Vega writes into the chart's `aria-label`. */
  description: string | undefined;
  /**
   * Whether a live view of this chart may be given new inputs ({@link updateView}): not when it has a
   * symbol legend whose scale takes its domain from the data.
   */
  live: boolean;
  /**
   * The signals that give a size legend its entries or its scale's domain: a change of one is live only
   * when the legend's symbols keep their sizes, as Vega keeps a live size legend's rows spaced for its
   * first symbols ({@link liveChanges}).
   */
  legendSignals: string[];
  /**
   * The signals of every symbol legend: after a change of one, {@link updateView} has the legends
   * bounded and laid out again (Vega keeps a live legend's old extent otherwise).
   */
  relayoutSignals: string[];
  /** The size legends, to tell whether their symbols keep their sizes ({@link liveChanges}). */
  sizeLegends: SizeLegend[];
}

interface CacheEntry {
  /** The Vega spec with placeholders, written out. */
  vega: string;
  /** Where each input goes: a dataset (by placeholder slot) or a top-level signal (by parameter). */
  data: [name: string, slot: number][];
  signals: [name: string, param: number][];
  live: boolean;
  legendSignals: string[];
  relayoutSignals: string[];
  sizeLegends: SizeLegend[];
  /** The spec has faceted marks, grouped by generation too ({@link regroupFacets}). */
  facets: boolean;
}

const CACHE_SIZE = 48;
const cache = new Map<string, CacheEntry>();
/** Keys whose sort orders or row heights could not be lifted out (see {@link liftSpec}): compiled with them in place. */
const literal = new Set<string>();
/**
 * Compiles a Vega-Lite spec to Vega, reusing the compiled structure when only the numbers differ.
 * A filter change mostly changes the numbers, not the chart's structure, and compiling costs more
 * than drawing. Before compiling, everything that varies with the numbers is lifted out of the spec:
 * inline datasets (a placeholder each; TopoJSON shared), the description and
 * `usermeta`, and, as Vega-Lite parameters (top-level signals), scale domains and axis values given
 * as lists, the order of a sort given as a list (Vega-Lite writes it into expressions, which then read
 * the parameter), the title's text and subtitle, and the heights of a vertical concatenation's rows (each its own signal; widths are
 * not lifted, as Vega-Lite merges equal widths of a column into one). The rest is the cache key; the values are put
 * back into the compiled spec. Charts with equal keys can share one live Vega view ({@link updateView}).
 *
 * @param spec - a Vega-Lite spec with its data inline
 * @param logger - receives vega-lite's warnings (when a structure is compiled)
 * @returns the Vega spec with its key and inputs
 */
export function compileCached(spec: Record<string, unknown>, logger: unknown): CompiledChart {
  let lifted = liftSpec(spec, true);
  if (literal.has(lifted.key)) lifted = liftSpec(spec, false);
  let entry = cache.get(lifted.key);
  if (entry === undefined) {
    entry = build(lifted, logger);
    if (entry === undefined) {
      literal.add(lifted.key);
      lifted = liftSpec(spec, false);
      entry = cache.get(lifted.key) ?? build(lifted, logger);
    }
    if (entry === undefined) return plain(spec, logger);
    cache.set(lifted.key, entry);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  } else {
    cache.delete(lifted.key);
    cache.set(lifted.key, entry);
  }
  const vega = JSON.parse(entry.vega) as Record<string, unknown> & {
    data?: { name: string; values?: unknown }[];
    signals?: { name: string; value?: unknown }[];
  };
  const inputs: ChartInput[] = [];
  const generation = nextGeneration();
  const datasets = new Map((vega.data ?? []).map((d) => [d.name, d]));
  for (const [name, slot] of entry.data) {
    const data = lifted.data[slot]!;
    const values = entry.facets ? markRows(data.value, generation) : data.value;
    datasets.get(name)!.values = values;
    inputs.push({ kind: 'data', name, value: values, text: data.text });
  }
  const signals = new Map((vega.signals ?? []).map((s) => [s.name, s]));
  for (const [name, param] of entry.signals) {
    const p = lifted.params[param]!;
    signals.get(name)!.value = p.value;
    inputs.push({ kind: 'signal', name, ...p });
  }
  if (lifted.description !== undefined) vega['description'] = lifted.description;
  if (lifted.usermeta !== undefined) vega['usermeta'] = lifted.usermeta;
  return {
    key: lifted.key,
    vega,
    inputs,
    description: lifted.description,
    live: entry.live,
    legendSignals: entry.legendSignals,
    relayoutSignals: entry.relayoutSignals,
    sizeLegends: entry.sizeLegends,
  };
}

/** Compiles a lifted spec and finds where its inputs went; undefined when a lifted value went astray. */
function build(lifted: Lifted, logger: unknown): CacheEntry | undefined {
  const vega = compile(lifted.stripped as unknown as TopLevelSpec, { logger: logger as never }).spec as {
    data?: { name: string; values?: unknown }[];
    signals?: { name: string; value?: unknown }[];
  };
  const data: [string, number][] = [];
  for (const d of vega.data ?? []) {
    const slot = placeholderSlot(d.values);
    if (slot !== undefined) data.push([d.name, slot]);
  }
  // The compiler merged or moved a dataset: no cache entry.
  if (new Set(data.map(([, s]) => s)).size !== lifted.data.length) return undefined;
  const signals: [string, number][] = [];
  // The title's lines: Vega-Lite copies them into Vega's title, which reads them from signals instead.
  const title = (vega as { title?: Record<string, unknown> }).title;
  lifted.params.forEach((p, i) => {
    if (p.as !== 'title') return;
    for (const part of ['text', 'subtitle'])
      if (title?.[part] === `${PARAM}${i}_${part}`) {
        title[part] = { signal: `${PARAM}${i}` };
        vega.signals = [...(vega.signals ?? []), { name: `${PARAM}${i}`, value: null }];
        signals.push([`${PARAM}${i}`, i]);
      }
  });
  const params = new Map<string, number>(
    lifted.params.flatMap((p, i) =>
      p.as === 'size' || p.as === 'title' ? [] : [[`${PARAM}${i}`, i] as const],
    ),
  );
  for (const s of vega.signals ?? []) {
    const i = params.get(s.name);
    if (i !== undefined) signals.push([s.name, i]);
    else if (
      typeof s.value === 'number' &&
      s.value >= SIZE_BASE &&
      s.value < SIZE_BASE + lifted.params.length
    ) {
      const p = s.value - SIZE_BASE;
      if (lifted.params[p]?.as === 'size') signals.push([s.name, p]);
    }
  }
  // Every parameter read by exactly one signal, sizes included.
  if (
    new Set(signals.map(([, p]) => p)).size !== lifted.params.length ||
    signals.length !== lifted.params.length
  )
    return undefined;
  const sizes = new Set(signals.filter(([, p]) => lifted.params[p]!.as === 'size').map(([n]) => n));
  // A sort order is written into expressions as quoted strings; they now read the parameter instead.
  const quoted = new RegExp(`"${PARAM}(\\d+)_(\\d+)"`, 'g');
  let astray = false;
  const rewrite = (node: unknown, signal?: string): unknown => {
    if (typeof node === 'string') {
      const text = sortChain(node) ?? node.replace(quoted, (_, p: string, i: string) => `${PARAM}${p}[${i}]`);
      if (new RegExp(`${PARAM}\\d+_`).test(text)) astray = true;
      return text;
    }
    if (typeof node === 'number' && node >= SIZE_BASE && node < SIZE_BASE + lifted.params.length) {
      if (signal === undefined || !sizes.has(signal)) astray = true;
      return node;
    }
    if (Array.isArray(node)) return node.map((n) => rewrite(n));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    const name = (node as { name?: unknown }).name;
    for (const [k, v] of Object.entries(node as Record<string, unknown>))
      out[k] = rewrite(v, k === 'value' && typeof name === 'string' ? name : undefined);
    return out;
  };
  const rewritten = rewrite(vega) as Record<string, unknown>;
  if (astray) return undefined;
  const found: Found = { union: false, scales: new Map(), legends: [] };
  collectLegends(rewritten, found);
  // A domain that unions parameters: Vega does not recompute it when they change.
  if (found.union) return undefined;
  // Vega sizes a view to its content once, when it is first run, unless told to do it on every run:
  // a live view given new labels ({@link updateView}) must grow or shrink to them as a new view would.
  const autosize = rewritten['autosize'];
  rewritten['autosize'] = {
    ...(typeof autosize === 'string' ? { type: autosize } : isObject(autosize) ? autosize : { type: 'pad' }),
    resize: true,
  };
  const facets = regroupFacets(rewritten);
  return { vega: JSON.stringify(rewritten), data, signals, ...legendInputs(found), facets };
}

const LINK = /^(datum\[(?:"(?:[^"\\]|\\.)*")\])==="__minatP(\d+)_(\d+)" \? (\d+) : /;

/**
 * Vega-Lite writes a sort order given as a list as a chain of comparisons, one per value
 * (`datum["label"]==="A" ? 0 : datum["label"]==="B" ? 1 : 2`), evaluated for every row of every
 * dataset sorted by it, and slowly by the CSP-safe interpreter. With the order lifted into a
 * parameter the chain becomes one lookup: the value's index in the list, or the list's length for a
 * value not in it (as the chain gives).
 */
function sortChain(expr: string): string | undefined {
  let rest = expr;
  let field: string | undefined;
  let param: string | undefined;
  let n = 0;
  for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
    const [whole, f, p, i, value] = m;
    if ((field ?? f) !== f || (param ?? p) !== p || Number(i) !== n || Number(value) !== n) return undefined;
    field = f;
    param = p;
    n++;
    rest = rest.slice(whole.length);
  }
  if (n === 0 || rest !== String(n)) return undefined;
  return `(indexof(${PARAM}${param}, ${field}) + 1 || ${n + 1}) - 1`;
}

function plain(spec: Record<string, unknown>, logger: unknown): CompiledChart {
  const vega = compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec as Record<
    string,
    unknown
  >;
  return {
    key: `plain:${JSON.stringify(spec)}`,
    vega,
    inputs: [],
    description: typeof spec['description'] === 'string' ? spec['description'] : undefined,
    live: false,
    legendSignals: [],
    relayoutSignals: [],
    sizeLegends: [],
  };
}

function placeholderSlot(values: unknown): number | undefined {
  if (!Array.isArray(values) || values.length !== 1) return undefined;
  const first = values[0] as Record<string, unknown> | null;
  const slot = first?.[SLOT];
  return typeof slot === 'number' && Object.keys(first!).length === 1 ? slot : undefined;
}
