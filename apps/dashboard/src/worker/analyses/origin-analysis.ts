import type { ViewAnalysis } from './view-analysis.ts';

/** Origin view (being built). */
export const originAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
