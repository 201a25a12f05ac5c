import { transforms } from 'vega';
import type { ChartInput, CompiledChart } from './compile-cached.ts';
import type { SizeLegend } from './legend-inputs.ts';

/** The part of a Vega view {@link updateView} uses. */
export interface UpdatableView {
  data(name: string, values: unknown): unknown;
  signal(name: string, value: unknown): unknown;
  description(text: string | null): unknown;
  runAsync(): Promise<unknown>;
}

/**
 * The inputs to give a live Vega view of `drawn` to make it one of `next` ({@link updateView}), or
 * undefined when it cannot be done live: the structures differ (the key of {@link compileCached}),
 * either chart cannot be drawn live ({@link CompiledChart.live}), or an input of a size legend changes
 * ({@link CompiledChart.legendSignals}) so that its symbols change size. A size legend whose entries
 * stand for the same fractions of its linear scale's domain (a world map's legend of half and all of
 * its largest circle) keeps its symbols: only its labels change, and it is laid out again.
 */
export function liveChanges(drawn: CompiledChart, next: CompiledChart): ChartInput[] | undefined {
  if (drawn.key !== next.key || !drawn.live || !next.live) return undefined;
  const before = new Map(drawn.inputs.map((i) => [`${i.kind}:${i.name}`, i.text]));
  const changed = next.inputs.filter((i) => before.get(`${i.kind}:${i.name}`) !== i.text);
  const legends = new Set(next.legendSignals);
  if (!changed.some((i) => i.kind === 'signal' && legends.has(i.name))) return changed;
  return next.sizeLegends.every((legend) => sameSymbols(legend, drawn, next)) ? changed : undefined;
}

/** Whether a size legend's symbols have the same sizes in both charts (see {@link liveChanges}). */
function sameSymbols(legend: SizeLegend, drawn: CompiledChart, next: CompiledChart): boolean {
  if (!legend.linear) return false;
  const a = fractions(legend, drawn);
  const b = fractions(legend, next);
  return (
    a !== undefined &&
    b !== undefined &&
    a.length === b.length &&
    a.every((x, i) => Math.abs(x - b[i]!) <= 1e-9 * Math.max(1, Math.abs(x)))
  );
}

/** A legend's entries as fractions of its scale's domain [0, max]; undefined when not of that form. */
function fractions(legend: SizeLegend, chart: CompiledChart): number[] | undefined {
  const resolve = (v: string | unknown[] | undefined) =>
    typeof v === 'string' ? chart.inputs.find((i) => i.kind === 'signal' && i.name === v)?.value : v;
  const values = resolve(legend.values);
  const domain = resolve(legend.domain);
  if (!isNumbers(values) || !isNumbers(domain) || domain.length !== 2 || domain[0] !== 0) return undefined;
  const max = domain[1]!;
  return max > 0 ? values.map((v) => v / max) : undefined;
}

const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/**
 * Turns a live Vega view into one of `next`: gives it the `changes` ({@link liveChanges}), sets the
 * description (the chart's `aria-label`) and runs the view, which redraws only what changed: no parse,
 * no new dataflow, and shapes whose data did not change (a world map's countries) are not projected
 * again. When a symbol legend's entries changed, the legends are laid out again in a second run
 * ({@link CompiledChart.relayoutSignals}).
 *
 * @returns when the view is drawn
 */
export async function updateView(
  view: UpdatableView,
  next: CompiledChart,
  changes: readonly ChartInput[],
): Promise<void> {
  for (const input of changes) {
    if (input.kind === 'data') view.data(input.name, input.value);
    else view.signal(input.name, input.value);
  }
  view.description(next.description ?? null);
  await view.runAsync();
  const legends = new Set(next.relayoutSignals);
  if (changes.some((i) => i.kind === 'signal' && legends.has(i.name)) && relayoutLegends(view) > 0)
    await view.runAsync();
}

const Bound = (transforms as Record<string, unknown>)['bound'] as abstract new (...args: never[]) => unknown;

/**
 * Has every legend of a live view bounded again, for its next run to lay the legends out for the
 * entries they now have. Vega bounds a group mark when its own items change; a legend's entries change
 * inside it, so the legend kept the extent of its old entries (as wide as its widest old label). The
 * legends' bound operators are found in the view's dataflow (Vega has no public handle on them) and
 * touched; the tests of this module compare the result with a new view, so a Vega that changes this
 * fails them.
 *
 * @returns how many operators were touched
 */
function relayoutLegends(view: UpdatableView): number {
  // The dataflow's operators and `touch` (Vega's Dataflow API, not in its View typings).
  const flow = view as unknown as {
    _runtime?: { nodes?: Record<string, unknown> };
    touch(op: unknown): unknown;
  };
  const nodes = flow._runtime?.nodes ?? {};
  let touched = 0;
  for (const op of Object.values(nodes)) {
    if (!(op instanceof Bound)) continue;
    const role = (op as { _argval?: { mark?: { role?: string } } })._argval?.mark?.role;
    if (role === 'legend' || role === 'legend-entry') {
      flow.touch(op);
      touched++;
    }
  }
  return touched;
}
