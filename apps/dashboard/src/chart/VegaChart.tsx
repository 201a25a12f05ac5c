import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { vegaLogger } from '../app/vega-log.ts';
import { compileCached } from './compile-cached.ts';

/** Props of {@link VegaChart}. */
export interface VegaChartProps {
  spec: Record<string, unknown>;
  /** Called with the vega view once drawn (for exports), and with undefined when it is replaced. */
  onView?: (view: Result['view'] | undefined) => void;
}

/**
 * Draws a Vega-Lite spec with vega-embed: SVG renderer (vega's canvas renderer dropped the world map's
 * circles), the spec compiled through {@link compileCached}, CSP-safe expression interpreter (no
 * `eval`), no action menu (the card has its own), every warning recorded by {@link vegaLogger}.
 */
export function VegaChart({ spec, onView }: VegaChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyed on the spec's text: a payload that repeats a chart unchanged (the ranking's complete part
  // repeats the world map) keeps it as drawn.
  const text = useMemo(() => JSON.stringify(spec), [spec]);
  // Drawn from the commit, not after the next paint: a new payload shows a frame sooner, without a
  // frame of old charts beside new text. `data-rendered` is "false" until vega-embed has drawn it (the
  // benchmark and the end-to-end tests wait for "true").
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.dataset.rendered = 'false';
    let result: Result | undefined;
    let cancelled = false;
    const logger = vegaLogger();
    embed(el, compileCached(spec, logger) as never, {
      mode: 'vega',
      renderer: 'svg',
      actions: false,
      ast: true,
      expr: expressionInterpreter,
      logger: logger as never,
      tooltip: true,
    })
      .then((r) => {
        if (cancelled) {
          r.finalize();
          return;
        }
        result = r;
        el.dataset.rendered = 'true';
        onView?.(r.view);
      })
      .catch((error: unknown) => {
        window.__minatVegaLog?.push({ level: 'error', message: String(error) });
        console.error(error);
      });
    return () => {
      cancelled = true;
      el.dataset.rendered = 'false';
      onView?.(undefined);
      result?.finalize();
    };
  }, [text]);
  return <div class="vega-chart" ref={ref} />;
}
