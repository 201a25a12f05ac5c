import type { ViewAnalysis } from './view-analysis.ts';

/** Compare view (being built). */
export const compareAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
