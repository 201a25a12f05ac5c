import { readFileSync } from 'node:fs';
import { type Lang, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import {
  type DashboardSettings,
  DEFAULT_SETTINGS,
  type ViewName,
} from '../../../src/state/dashboard-state.ts';
import { viewAnalyses } from '../../../src/worker/analyses/view-analyses.ts';
import type { ViewOutput } from '../../../src/worker/analyses/view-analysis.ts';
import { analysisContext } from '../../../src/worker/analysis-context.ts';
import { SurveySession } from '../../../src/worker/survey-session.ts';

const root = new URL('../../../../../', import.meta.url);

/** A session on the bundled sample survey (data/sample), as the dashboard's worker holds it. */
export async function sampleSession(): Promise<SurveySession> {
  const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
  const schema = JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8'));
  const survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), parseSurveySchema(schema));
  return new SurveySession(survey, 'survey.csv', 1);
}

/** A session on a small CSV text with the given schema. */
export async function textSession(text: string, schema: Record<string, unknown>): Promise<SurveySession> {
  const survey = validateSurvey(await readTable({ name: 't.csv', text }), parseSurveySchema(schema));
  return new SurveySession(survey, 't.csv', 1);
}

/** Runs a view's fast analysis as the worker does for a request. */
export function runView(
  session: SurveySession,
  view: ViewName,
  options: { lang?: Lang; filters?: Record<string, string[]>; settings?: Partial<DashboardSettings> } = {},
): ViewOutput {
  const context = analysisContext(session, {
    view,
    lang: options.lang ?? 'en',
    filters: options.filters ?? {},
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    compare: { mode: 'groups', by: '', a: '', b: '' },
    destination: '',
    narrow: false,
  });
  return viewAnalyses[view].fast(context);
}

/** A fixture of this folder's views (CLI output, see test/fixtures/views-b/README.md). */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/views-b/${name}`, import.meta.url), 'utf8')) as T;
}

/** Years with full-year destination figures, read from the reference CSV itself (data/reference/placements.csv). */
export function placementYearsFromCsv(): number[] {
  const lines = readFileSync(new URL('data/reference/placements.csv', root), 'utf8').split('\n').slice(1);
  const years = new Set<number>();
  for (const line of lines) {
    const [year, period, , , dimension] = line.split(',');
    if (period === 'full_year' && dimension === 'destination' && year) years.add(Number(year));
  }
  return [...years].sort((a, b) => a - b);
}
