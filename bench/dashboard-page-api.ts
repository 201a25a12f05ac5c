/** One part (fast, or complete) of a change, in ms from its `change` event (0 = not reached). */
export interface PartTimes {
  /** The request left for the worker. */
  sentMs: number;
  /** The payload's message reached the page. */
  arriveMs: number;
  /** The first chart of the payload drawn. */
  firstMs: number;
  /** Every chart of the view drawn. */
  drawnMs: number;
  /** The next frame painted after that (what the user sees). */
  paintMs: number;
  /** The worker's own time for the payload (its `ms`). */
  computeMs: number;
}

/** What a load through `window.__minatLoadFiles` gave. */
export interface LoadOutcome {
  accounting?: { read: number; accepted: number; rejected: number };
  ms?: number;
  frames?: ReturnType<BenchPageApi['stopFrames']>;
  size?: number;
  error?: string;
}

/** `window.__bench`, defined by `bench/dashboard-page.js` in the page. */
export interface BenchPageApi {
  load(input: HTMLInputElement): void;
  loaded(): LoadOutcome | undefined;
  startFrames(): void;
  stopFrames(): {
    ms: number;
    frames: number;
    maxGapMs: number;
    p99GapMs: number;
    longGaps: number;
    progressStates: number;
    /** When the progress display last changed, from the start of the load. */
    lastProgressMs: number;
  };
  arm(): void;
  render(): { fast: PartTimes; full: PartTimes; complete: boolean };
  settled(): boolean;
  prepareBaseline(
    input: HTMLInputElement,
    columns: string[],
    derived: Record<string, [string, Record<string, string>]>,
  ): Promise<number>;
  baseline(
    filter: Record<string, string[]>,
    dest: string,
    repeat: number,
  ): { plainMs: number; typedMs: number; check: number };
}

declare global {
  interface Window {
    __bench: BenchPageApi;
  }
}
