import type { AnalysisContext } from '../analysis-context.ts';
import type { ChartPayload, ViewNote, ViewPayload } from '../protocol.ts';

/** What an analysis returns for one view: charts and notes. */
export interface ViewOutput {
  charts: ChartPayload[];
  notes: ViewNote[];
  table?: ViewPayload['table'];
  summary?: string;
}

/**
 * One view's analysis in a worker. `fast` must return within the dashboard's re-render budget (one pass
 * over the data per estimate table); views with a slow part (the ranking bootstrap) return it in
 * `full` mode, which a second worker runs so filter changes never wait for it.
 */
export interface ViewAnalysis {
  fast: (context: AnalysisContext) => ViewOutput;
  full?: (context: AnalysisContext) => ViewOutput;
}
