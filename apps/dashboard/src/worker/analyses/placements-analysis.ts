import type { ViewAnalysis } from './view-analysis.ts';

/** Placements view (being built). */
export const placementsAnalysis: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};
