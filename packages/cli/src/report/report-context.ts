import { type ChartContext, surveyChartContext } from '@minat/charts';
import type { ValidatedSurvey } from '@minat/core';

/**
 * The footer facts every report chart shares (the report's fixed settings: logit, 95%, NCHS), from
 * `surveyChartContext` so the report and the dashboard say the same thing.
 *
 * @param survey - the validated survey
 * @param base - who the shares are among, in words (e.g. "respondents who answered, wave 2026")
 * @returns a chart context
 * @example reportContext(survey, { en: 'respondents who answered', id: 'responden yang menjawab' })
 */
export function reportContext(survey: ValidatedSurvey, base: { en: string; id: string }): ChartContext {
  return surveyChartContext(survey, base, { ci: 'logit', level: 0.95, reliability: 'nchs' });
}
