import type { ViewAnalysis } from './view-analysis.ts';

/** Table view (being built). */
export const tableAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
