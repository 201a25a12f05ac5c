import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import embed, { type Result } from 'vega-embed';
import { vegaLogger } from '../app/vega-log.ts';
import { type CompiledChart, compileCached } from './compile-cached.ts';
import { expressionCompiler } from './expression-compiler.ts';
import { liveChanges, updateView } from './update-view.ts';

/** Props of {@link VegaChart}. */
export interface VegaChartProps {
  spec: Record<string, unknown>;
  /** Called with the vega view once drawn (for exports), and with undefined when it is replaced. */
  onView?: (view: Result['view'] | undefined) => void;
}

/**
 * Draws a Vega-Lite spec with vega-embed: SVG renderer, canvas for the heatmap ({@link CANVAS_CHARTS}),
 * the spec compiled through {@link compileCached}, expressions evaluated without `eval`
 * ({@link expressionCompiler}: the page's CSP forbids it), no action menu (the card has its own),
 * every warning recorded by {@link vegaLogger}.
 * A new spec with the structure of the one drawn (a filter change: new numbers, same chart) is put
 * into the live view ({@link updateView}) instead of drawing the chart anew.
 */
export function VegaChart({ spec, onView }: VegaChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const live = useRef<{ compiled: CompiledChart; result: Result } | undefined>(undefined);
  const drawing = useRef(0);
  const compiled = useMemo(() => compileCached(spec, vegaLogger()), [spec]);
  // Keyed on what the chart draws (its structure, inputs and description, as compiled): a payload that
  // repeats a chart unchanged (the ranking's complete part repeats the world map) keeps it as drawn.
  const identity = useMemo(
    () => [compiled.key, compiled.description, ...compiled.inputs.map((i) => i.text)].join('\u0000'),
    [compiled],
  );
  // Drawn from the commit, not after the next paint: a new payload shows a frame sooner, without a
  // frame of old charts beside new text. `data-rendered` is "false" until the chart is drawn (the
  // benchmark and the end-to-end tests wait for "true"); `data-drawn` says how: `live` (the view took
  // the new inputs) or `new`.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const turn = ++drawing.current;
    el.dataset.rendered = 'false';
    const drawn = () => {
      if (turn === drawing.current) el.dataset.rendered = 'true';
    };
    const current = live.current;
    const changes = current && liveChanges(current.compiled, compiled);
    if (current && changes) {
      current.compiled = compiled;
      el.dataset.drawn = 'live';
      updateView(current.result.view, compiled, changes).then(drawn, failed);
      return;
    }
    live.current = undefined;
    el.dataset.drawn = 'new';
    onView?.(undefined);
    current?.result.finalize();
    embed(el, compiled.vega as never, {
      mode: 'vega',
      renderer: rendererOf(spec),
      actions: false,
      ast: true,
      expr: expressionCompiler as never,
      logger: vegaLogger() as never,
      tooltip: true,
    })
      .then((r) => {
        if (turn !== drawing.current) {
          r.finalize();
          return;
        }
        live.current = { compiled, result: r };
        drawn();
        onView?.(r.view);
      })
      .catch(failed);
  }, [identity]);
  useLayoutEffect(
    () => () => {
      drawing.current++;
      onView?.(undefined);
      live.current?.result.finalize();
      live.current = undefined;
    },
    [],
  );
  return <div class="vega-chart" ref={ref} />;
}

/**
 * Charts drawn on a canvas: the heatmap's ~850 cells and labels cost the page 15–20 ms more per filter
 * change as SVG elements (their attributes, style and layout) than as canvas drawing (measured with
 * 1,000,000 respondents). Everything else stays SVG: crisp, searchable text, and vega's canvas
 * renderer drew the world map's labels without its circles. Exports do not depend on it (the view's
 * own `toSVG()` and `toImageURL()`), and Inter is loaded before the first chart (main.tsx).
 */
const CANVAS_CHARTS = new Set(['heatmap']);

function rendererOf(spec: Record<string, unknown>): 'svg' | 'canvas' {
  const chart = (spec['usermeta'] as { minat?: { chart?: string } } | undefined)?.minat?.chart;
  return chart !== undefined && CANVAS_CHARTS.has(chart) ? 'canvas' : 'svg';
}

function failed(error: unknown): void {
  window.__minatVegaLog?.push({ level: 'error', message: String(error) });
  console.error(error);
}
