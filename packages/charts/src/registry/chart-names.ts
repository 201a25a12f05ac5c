/**
 * The names of the chart builders, as the registry, the report (`NAME.svg`, `NAME.vl.json`) and the
 * gallery use them, in the order a report shows them.
 * @example CHART_NAMES.includes('province-map') // true
 */
export const CHART_NAMES = [
  'ranking',
  'comparison',
  'heatmap',
  'trend',
  'bump',
  'province-map',
  'world-map',
  'readiness',
  'placements',
] as const;

/** A chart builder's name: one of {@link CHART_NAMES}. */
export type ChartName = (typeof CHART_NAMES)[number];
