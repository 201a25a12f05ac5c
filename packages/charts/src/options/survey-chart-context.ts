import type { ValidatedSurvey } from '@minat/core';
import type { ChartContext } from './chart-context.ts';
import type { Text } from './text.ts';

/** The settings a footer states besides the survey's own facts. */
export interface SurveyChartSettings {
  /** Interval method (default `logit`). */
  ci?: string;
  /** Confidence level (default 0.95). */
  level?: number;
  /** Reliability standard (default `nchs`). */
  reliability?: string;
  /** Whether the survey weights were used (default: when the survey has them). */
  weighted?: boolean;
  /** Small-cell suppression thresholds the rows were published with. */
  suppression?: ChartContext['suppression'];
}

/**
 * The footer facts every chart of one survey shares: the question, how it is weighted (weight,
 * strata and cluster columns), the interval method and level, the reliability standard and the
 * source. Used by `minat report` and the dashboard, so both say the same thing.
 *
 * @param survey - the validated survey
 * @param base - who the shares are among, in words (e.g. "respondents who answered, wave 2026")
 * @param settings - {@link SurveyChartSettings}
 * @returns a chart context
 * @example surveyChartContext(survey, { en: 'respondents who answered', id: 'responden yang menjawab' }, { ci: 'beta' })
 */
export function surveyChartContext(
  survey: ValidatedSurvey,
  base: Text,
  settings: SurveyChartSettings = {},
): ChartContext {
  const { schema } = survey;
  const ranked = schema.destination.kind === 'ranked';
  const columns = schema.destination.kind === 'ranked' ? schema.destination.columns.length : 0;
  const question = schema.destination.label ?? {
    en: ranked ? `Preferred destination countries (top ${columns})` : 'Preferred destination country',
    id: ranked ? `Negara tujuan pilihan (${columns} teratas)` : 'Negara tujuan pilihan',
  };
  const weighted = settings.weighted ?? survey.weighted;
  const design = (en: boolean) =>
    `${schema.strata ? `, ${en ? 'stratified by' : 'strata'} ${schema.strata}` : ''}${schema.psu ? `, ${en ? 'clusters' : 'klaster'} ${schema.psu}` : ''}`;
  let weighting: Text;
  if (!survey.weighted) weighting = { en: 'unweighted', id: 'tanpa bobot' };
  else if (!weighted)
    weighting = {
      en: `weights switched off (every respondent counts 1)${design(true)}`,
      id: `bobot dimatikan (setiap responden dihitung 1)${design(false)}`,
    };
  else
    weighting = {
      en: `survey weights (column ${schema.weight})${design(true)}`,
      id: `bobot survei (kolom ${schema.weight})${design(false)}`,
    };
  const context: ChartContext = {
    question,
    base,
    weighting,
    ci: settings.ci ?? 'logit',
    level: settings.level ?? 0.95,
    reliability: settings.reliability ?? 'nchs',
    source: schema.source ?? survey.source.name,
  };
  if (settings.suppression) context.suppression = settings.suppression;
  return context;
}
