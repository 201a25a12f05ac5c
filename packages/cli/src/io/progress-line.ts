import type { ReadProgress } from '@minat/core';
import type { ConsoleIO } from './console-io.ts';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * A progress reporter for stderr: on a terminal it redraws one line (bytes, percentage, rows);
 * elsewhere it prints nothing until `done`, so logs stay short.
 */
export function progressLine(io: ConsoleIO, label: string) {
  let last = 0;
  return {
    update(p: ReadProgress): void {
      if (!io.isTTY) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const pct = p.totalBytes ? ` (${Math.round((100 * p.bytes) / p.totalBytes)}%)` : '';
      io.stderr(`\r${label}: ${p.stage} ${mb(p.bytes)} MB${pct}, ${p.rows.toLocaleString('en')} rows`);
    },
    done(rows: number, seconds: number): void {
      io.stderr(
        `${io.isTTY ? '\r' : ''}${label}: read ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s\n`,
      );
    },
  };
}
