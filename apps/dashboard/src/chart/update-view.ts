import { transforms } from 'vega';
import type { CompiledChart } from './compile-cached.ts';

/** The part of a Vega view {@link updateView} uses. */
export interface UpdatableView {
  data(name: string, values: unknown): unknown;
  signal(name: string, value: unknown): unknown;
  description(text: string | null): unknown;
  runAsync(): Promise<unknown>;
}

/**
 * Whether a live Vega view of `drawn` can be turned into one of `next` ({@link updateView}): both
 * have the same compiled structure (the same key of {@link compileCached}), can be drawn live
 * ({@link CompiledChart.live}), and no input of a size legend changes
 * ({@link CompiledChart.legendSignals}).
 */
export function canUpdate(drawn: CompiledChart, next: CompiledChart): boolean {
  if (drawn.key !== next.key || !drawn.live || !next.live) return false;
  const legends = new Set(next.legendSignals);
  return changedInputs(drawn, next).every((i) => i.kind !== 'signal' || !legends.has(i.name));
}

function changedInputs(drawn: CompiledChart, next: CompiledChart) {
  const before = new Map(drawn.inputs.map((i) => [`${i.kind}:${i.name}`, i.text]));
  return next.inputs.filter((i) => before.get(`${i.kind}:${i.name}`) !== i.text);
}

/**
 * Turns a live Vega view of `drawn` into one of `next` (check {@link canUpdate} first): replaces the
 * datasets and signals whose values differ, sets the description (the chart's `aria-label`) and runs
 * the view, which redraws only what changed: no parse, no new dataflow, and shapes whose data did not
 * change (a world map's countries) are not projected again. When a symbol legend's entries changed,
 * the legends are laid out again in a second run ({@link CompiledChart.relayoutSignals}).
 *
 * @returns when the view is drawn
 */
export async function updateView(
  view: UpdatableView,
  drawn: CompiledChart,
  next: CompiledChart,
): Promise<void> {
  const changed = changedInputs(drawn, next);
  for (const input of changed) {
    if (input.kind === 'data') view.data(input.name, input.value);
    else view.signal(input.name, input.value);
  }
  view.description(next.description ?? null);
  await view.runAsync();
  const legends = new Set(next.relayoutSignals);
  if (changed.some((i) => i.kind === 'signal' && legends.has(i.name)) && relayoutLegends(view) > 0)
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
