import type { ViewAnalysis } from './view-analysis.ts';

/** Trends view (being built). */
export const trendsAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
