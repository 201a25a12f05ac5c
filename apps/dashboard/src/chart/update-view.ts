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
 * ({@link CompiledChart.live}), and no input of a symbol legend changes
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
 * change (a world map's countries) are not projected again.
 *
 * @returns when the view is drawn
 */
export async function updateView(
  view: UpdatableView,
  drawn: CompiledChart,
  next: CompiledChart,
): Promise<void> {
  for (const input of changedInputs(drawn, next)) {
    if (input.kind === 'data') view.data(input.name, input.value);
    else view.signal(input.name, input.value);
  }
  view.description(next.description ?? null);
  await view.runAsync();
}
