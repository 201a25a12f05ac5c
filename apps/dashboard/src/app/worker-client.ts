import type { WorkerError, WorkerProgress, WorkerRequest, WorkerResponse } from '../worker/protocol.ts';

/** An error the worker reported, typed by its code, with the location it named. */
export class DashboardError extends Error {
  readonly detail: WorkerError;
  constructor(detail: WorkerError) {
    super(detail.message);
    this.name = 'DashboardError';
    this.detail = detail;
  }
}

type Pending = {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  progress?: (p: WorkerProgress) => void;
};

/** Distributive omit, so each request variant keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One worker and its pending requests. */
class Channel {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(worker: Worker) {
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const p = this.pending.get(message.id);
      if (!p) return;
      if (message.type === 'progress') p.progress?.(message.progress);
      else {
        this.pending.delete(message.id);
        if (message.type === 'error') p.reject(new DashboardError(message.error));
        else p.resolve(message.result);
      }
    };
    worker.onerror = (event) => {
      for (const p of this.pending.values())
        p.reject(new DashboardError({ code: 'internal', message: event.message }));
      this.pending.clear();
    };
  }

  request<T>(
    message: WithoutId<WorkerRequest>,
    progress?: (p: WorkerProgress) => void,
    transfer: Transferable[] = [],
  ): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        ...(progress ? { progress } : {}),
      });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }
}

/**
 * The page's handle on the two analysis workers: `fast` reads, validates and answers every view's
 * fast request; `slow` receives the validated survey from `fast` over a MessageChannel and runs the
 * slow parts (ranking bootstrap), so the page never waits on them for a filter change.
 */
export class WorkerClient {
  readonly fast: Channel;
  readonly slow: Channel;

  constructor() {
    const make = () => new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
    this.fast = new Channel(make());
    this.slow = new Channel(make());
    const channel = new MessageChannel();
    void this.fast.request({ type: 'connect', port: channel.port1 }, undefined, [channel.port1]);
    void this.slow.request({ type: 'connect', port: channel.port2 }, undefined, [channel.port2]);
  }
}
