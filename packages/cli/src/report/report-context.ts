import type { ChartContext } from '@minat/charts';
import type { ValidatedSurvey } from '@minat/core';

/**
 * The footer facts every report chart shares, from the survey: the question, how it is weighted,
 * the interval method (logit, 95%), the NCHS reliability standard and the source.
 *
 * @param survey - the validated survey
 * @param base - who the shares are among, in words (e.g. "respondents who answered, wave 2026")
 * @returns a chart context
 * @example reportContext(survey, { en: 'respondents who answered', id: 'responden yang menjawab' })
 */
export function reportContext(survey: ValidatedSurvey, base: { en: string; id: string }): ChartContext {
  const { schema } = survey;
  const ranked = schema.destination.kind === 'ranked';
  const columns = schema.destination.kind === 'ranked' ? schema.destination.columns.length : 0;
  const question = schema.destination.label ?? {
    en: ranked ? `Preferred destination countries (top ${columns})` : 'Preferred destination country',
    id: ranked ? `Negara tujuan pilihan (${columns} teratas)` : 'Negara tujuan pilihan',
  };
  const weighting = survey.weighted
    ? {
        en: `survey weights (column ${schema.weight})${schema.strata ? `, stratified by ${schema.strata}` : ''}${schema.psu ? `, clusters ${schema.psu}` : ''}`,
        id: `bobot survei (kolom ${schema.weight})${schema.strata ? `, strata ${schema.strata}` : ''}${schema.psu ? `, klaster ${schema.psu}` : ''}`,
      }
    : { en: 'unweighted', id: 'tanpa bobot' };
  return {
    question,
    base,
    weighting,
    ci: 'logit',
    level: 0.95,
    reliability: 'nchs',
    source: schema.source ?? survey.source.name,
  };
}
