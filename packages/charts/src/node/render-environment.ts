import * as vega from 'vega';
import { installTextMetrics } from './install-text-metrics.ts';

/** What makes two renders of the same spec identical. */
export interface RenderEnvironment {
  /** Seed of vega's random source (jitter, sampling, force layouts); default 1. */
  seed?: number;
  /** IANA time zone for local-time formatting, e.g. `'Asia/Jakarta'`; default `'UTC'`. */
  timeZone?: string;
}

/** Vega exports these from vega-statistics, but its typings leave them out. */
interface VegaRandom {
  setRandom(random: () => number): void;
  randomLCG(seed: number): () => number;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one render with vega's process-wide state fixed: text metrics from Inter, a seeded random
 * source, the time zone, and SVG definition ids counted from 1. Renders are queued one after another,
 * because that state is global, and each is restored afterwards (`Math.random`, the previous `TZ`).
 *
 * @param environment - seed and time zone; defaults `{ seed: 1, timeZone: 'UTC' }`
 * @param render - the work to run inside
 * @returns what `render` resolves to
 * @example
 * ```ts
 * const svg = await withRenderEnvironment({ timeZone: 'Asia/Jakarta' }, () => view.toSVG());
 * ```
 */
export function withRenderEnvironment<T>(
  environment: RenderEnvironment,
  render: () => Promise<T>,
): Promise<T> {
  const run = async () => {
    const random = vega as unknown as VegaRandom;
    const previousTz = process.env.TZ;
    installTextMetrics();
    random.setRandom(random.randomLCG(environment.seed ?? 1));
    // Node re-reads TZ when it is assigned, so local-time formatting follows it until it is restored.
    process.env.TZ = environment.timeZone ?? 'UTC';
    vega.resetSVGDefIds();
    try {
      return await render();
    } finally {
      random.setRandom(Math.random);
      if (previousTz === undefined) delete process.env.TZ;
      else process.env.TZ = previousTz;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
