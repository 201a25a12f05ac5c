import { compile, type TopLevelSpec } from 'vega-lite';

/** A Vega-Lite compile that collects warnings and errors instead of printing them. */
export function compileCollecting(spec: TopLevelSpec): {
  vega: ReturnType<typeof compile>['spec'];
  warnings: string[];
} {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => {
      warnings.push(`error: ${a.join(' ')}`);
      return logger;
    },
    warn: (...a: unknown[]) => {
      warnings.push(a.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const { spec: vega } = compile(spec, { logger: logger as never });
  return { vega, warnings };
}
