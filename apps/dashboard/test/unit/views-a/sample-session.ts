import { readFileSync } from 'node:fs';
import { type Lang, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { type DashboardState, DEFAULT_SETTINGS, type ViewName } from '../../../src/state/dashboard-state.ts';
import { type AnalysisContext, analysisContext } from '../../../src/worker/analysis-context.ts';
import type { AnalysisRequest } from '../../../src/worker/protocol.ts';
import { SurveySession } from '../../../src/worker/survey-session.ts';

const root = new URL('../../../../../', import.meta.url);

/**
 * The bundled sample as the worker holds it (a `SurveySession`), optionally with schema fields left
 * out (e.g. `wave`, `province`) to play a survey without them.
 */
export async function sampleSession(without: string[] = []): Promise<SurveySession> {
  const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
  const raw = JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8'));
  for (const key of without) delete raw[key];
  const survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), parseSurveySchema(raw));
  return new SurveySession(survey, 'survey.csv', 1);
}

/** A request as the page sends it: defaults, the latest wave filtered, with `change` applied. */
export function sampleRequest(
  view: ViewName,
  change: Partial<Pick<DashboardState, 'filters' | 'compare' | 'destination'>> & {
    lang?: Lang;
    narrow?: boolean;
  } = {},
): AnalysisRequest {
  return {
    view,
    lang: change.lang ?? 'en',
    filters: change.filters ?? { wave: ['2026'] },
    settings: { ...DEFAULT_SETTINGS },
    compare: { mode: 'groups', by: '', a: '', b: '', ...change.compare },
    destination: change.destination ?? '',
    ...(change.narrow ? { narrow: true } : {}),
  };
}

/** The analysis context of a request on a session. */
export function contextFor(session: SurveySession, request: AnalysisRequest): AnalysisContext {
  return analysisContext(session, request);
}
