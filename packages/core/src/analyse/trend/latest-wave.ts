import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import { waveOrder } from './wave-order.ts';

/**
 * The survey's latest wave in natural order (2023 before 2024, "W2" before "W10"), or undefined when
 * the schema declares no wave column.
 * @example latestWave(survey) // '2026'
 */
export function latestWave(survey: ValidatedSurvey): string | undefined {
  return survey.wave ? waveOrder(survey.wave.levels).at(-1) : undefined;
}
