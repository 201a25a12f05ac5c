/**
 * The font family every chart is drawn in. `@minat/charts/node` ships Inter (regular and bold) and
 * measures text with it, so only weights 400 and 700 are used.
 * @example chartTheme('en').font === CHART_FONT // true
 */
export const CHART_FONT = 'Inter';
