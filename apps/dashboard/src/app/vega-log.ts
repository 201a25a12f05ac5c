/** A warning or error Vega or Vega-Lite logged while compiling or drawing a chart. */
export interface VegaLogEntry {
  level: 'warn' | 'error';
  message: string;
}

declare global {
  interface Window {
    /** Every Vega/Vega-Lite warning and error of this page (end-to-end tests assert it stays empty). */
    __minatVegaLog?: VegaLogEntry[];
  }
}

const LEVELS = { None: 0, Error: 1, Warn: 2, Info: 3, Debug: 4 } as const;

/**
 * A logger in the shape vega and vega-lite expect that records warnings and errors on
 * `window.__minatVegaLog` (and the console), so none goes unnoticed.
 */
export function vegaLogger() {
  if (!window.__minatVegaLog) window.__minatVegaLog = [];
  const log = window.__minatVegaLog;
  let level: number = LEVELS.Warn;
  const record = (kind: 'warn' | 'error', args: unknown[]) => {
    const message = args.map(String).join(' ');
    log.push({ level: kind, message });
    (kind === 'warn' ? console.warn : console.error)(`[vega] ${message}`);
  };
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      record('error', args);
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= LEVELS.Warn) record('warn', args);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}
