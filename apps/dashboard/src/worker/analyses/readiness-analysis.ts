import type { ViewAnalysis } from './view-analysis.ts';

/** Readiness view (being built). */
export const readinessAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
