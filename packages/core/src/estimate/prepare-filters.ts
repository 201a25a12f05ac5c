import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { columnPostings } from './column-postings.ts';
import { groupingColumn } from './group-index.ts';

/**
 * Builds, ahead of the first filter, the row lists that filters read (one counting sort per column
 * a filter can name: wave, province, island group and every dimension; about 4 bytes a row each), so
 * that the first filter on a column is as fast as the next. Optional: estimates build what they need
 * on first use. An app calls it when it is idle, e.g. after drawing its first view.
 *
 * @returns the grouping keys prepared
 * @example prepareFilters(survey) // ['wave', 'province', 'island_group', 'sex', 'age_group', …]
 */
export function prepareFilters(survey: ValidatedSurvey): string[] {
  const keys = [
    ...(survey.wave ? ['wave'] : []),
    ...(survey.province ? ['province', 'island_group'] : []),
    ...Object.keys(survey.dimensions),
  ];
  for (const key of keys) columnPostings(groupingColumn(survey, key));
  return keys;
}
