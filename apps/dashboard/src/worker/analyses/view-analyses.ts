import type { ViewName } from '../../state/dashboard-state.ts';
import { compareAnalysis } from './compare-analysis.ts';
import { originAnalysis } from './origin-analysis.ts';
import { placementsAnalysis } from './placements-analysis.ts';
import { rankingAnalysis } from './ranking-analysis.ts';
import { readinessAnalysis } from './readiness-analysis.ts';
import { tableAnalysis } from './table-analysis.ts';
import { trendsAnalysis } from './trends-analysis.ts';
import type { ViewAnalysis } from './view-analysis.ts';

/** The analysis behind each view. */
export const viewAnalyses: Record<ViewName, ViewAnalysis> = {
  ranking: rankingAnalysis,
  trends: trendsAnalysis,
  origin: originAnalysis,
  compare: compareAnalysis,
  readiness: readinessAnalysis,
  placements: placementsAnalysis,
  table: tableAnalysis,
};
