import type { ViewName } from '../../state/dashboard-state.ts';
import { rankingAnalysis } from './ranking-analysis.ts';
import type { ViewAnalysis } from './view-analysis.ts';

const pending: ViewAnalysis = {
  fast: () => ({ charts: [], notes: [{ level: 'info', text: 'This view is being built.' }] }),
};

/** The analysis behind each view. */
export const viewAnalyses: Record<ViewName, ViewAnalysis> = {
  ranking: rankingAnalysis,
  trends: pending,
  origin: pending,
  compare: pending,
  readiness: pending,
  placements: pending,
  table: pending,
};
