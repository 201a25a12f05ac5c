import { MinatError } from '@minat/core';
import { type ChartBuilder, chartBuilders } from './chart-builders.ts';
import { CHART_NAMES, type ChartName } from './chart-names.ts';

/**
 * The registry entry of a chart by name, for callers holding a name from outside (a CLI flag, a
 * URL): checks it against {@link CHART_NAMES}.
 * @param name - e.g. `ranking`, `province-map`
 * @throws MinatError `option-invalid`, e.g. `invalid chart "pie": expected one of ranking, comparison, …`
 * @example getChartBuilder('world-map').summary.id // 'Negara tujuan di peta dunia'
 */
export function getChartBuilder(name: string): ChartBuilder {
  if (!(CHART_NAMES as readonly string[]).includes(name)) {
    throw new MinatError(
      'option-invalid',
      `invalid chart ${JSON.stringify(name)}: expected one of ${CHART_NAMES.join(', ')}`,
      {
        value: name,
        expected: CHART_NAMES.join(', '),
      },
    );
  }
  return chartBuilders[name as ChartName] as unknown as ChartBuilder;
}
