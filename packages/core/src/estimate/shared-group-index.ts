import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { type GroupIndex, groupIndex } from './group-index.ts';

const remembered = new WeakMap<ValidatedSurvey, Map<string, GroupIndex>>();
const KEPT_PER_SURVEY = 4;

/**
 * {@link groupIndex} of a survey, remembered for the last few groupings (it depends on the survey and
 * `by` only, not on the filter or the measure): estimates by the same grouping under other filters
 * find their groups without a pass over the rows. Each call gets its own object and labels; the
 * per-row `group` array is shared and read-only. Internal to the estimate stage.
 *
 * @throws MinatError `option-invalid` as `groupIndex`
 */
export function sharedGroupIndex(survey: ValidatedSurvey, by: readonly string[]): GroupIndex {
  let mine = remembered.get(survey);
  if (!mine) {
    mine = new Map();
    remembered.set(survey, mine);
  }
  const key = JSON.stringify(by);
  let groups = mine.get(key);
  if (groups) {
    mine.delete(key);
  } else {
    groups = groupIndex(survey, by);
  }
  mine.set(key, groups);
  if (mine.size > KEPT_PER_SURVEY) mine.delete(mine.keys().next().value as string);
  return {
    by: [...groups.by],
    group: groups.group,
    labels: groups.labels.map((l) => ({ ...l })),
    missing: groups.missing,
  };
}
