import { type LoggerInterface, logger, Warn } from 'vega';

/**
 * A vega / Vega-Lite logger that appends warnings and errors to an array instead of printing them
 * (the library never prints).
 *
 * @param into - the array the messages are pushed to, each one line of text
 * @returns a logger for `vl.compile(spec, { logger })` or `new vega.View(runtime, { logger })`
 * @example
 * ```ts
 * const warnings: string[] = [];
 * compile(spec, { logger: collectingLogger(warnings) });
 * ```
 */
export function collectingLogger(into: string[]): LoggerInterface {
  return logger(Warn, undefined, (_method, _level, input) => {
    into.push(input.map(String).join(' '));
  });
}
