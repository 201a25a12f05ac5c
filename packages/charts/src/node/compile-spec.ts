import type { Spec as VegaSpec } from 'vega';
import { compile, type TopLevelSpec as VegaLiteSpec } from 'vega-lite';
import { collectingLogger } from './collecting-logger.ts';

export type { VegaLiteSpec, VegaSpec };

/** A spec compiled to Vega, with what the Vega-Lite compiler warned about. */
export interface CompiledSpec {
  /** The Vega spec (the input itself when it already was one). */
  spec: VegaSpec;
  /** Warnings and errors Vega-Lite logged while compiling, in order; empty for a Vega spec. */
  warnings: string[];
}

const VEGA_LITE_KEYS = ['mark', 'layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat', 'spec'];

/**
 * Compiles a Vega-Lite spec to Vega and collects the compiler's warnings instead of printing them.
 * A Vega spec passes through unchanged. A spec is Vega-Lite when its `$schema` names vega-lite, or,
 * without a `$schema`, when it has a Vega-Lite view key (`mark`, `layer`, `concat`, `facet`, `repeat`, …).
 *
 * @param spec - a Vega-Lite or Vega spec
 * @returns the Vega spec and the warnings (Minat's chart builders must produce none)
 * @example
 * ```ts
 * const { spec: vg, warnings } = compileSpec({ mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } });
 * ```
 */
export function compileSpec(spec: VegaLiteSpec | VegaSpec): CompiledSpec {
  if (!isVegaLite(spec)) return { spec: spec as VegaSpec, warnings: [] };
  const warnings: string[] = [];
  const { spec: compiled } = compile(spec as VegaLiteSpec, { logger: collectingLogger(warnings) });
  return { spec: compiled, warnings };
}

function isVegaLite(spec: object): boolean {
  const schema = (spec as { $schema?: unknown }).$schema;
  if (typeof schema === 'string') return /vega-lite/i.test(schema);
  return VEGA_LITE_KEYS.some((key) => key in spec);
}
