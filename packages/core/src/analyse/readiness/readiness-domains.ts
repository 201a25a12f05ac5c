import { domainRows } from '../../estimate/domain-rows.ts';
import type { RowFilter } from '../../estimate/row-filter.ts';
import type { ValidatedSurvey } from '../../validate/validated-survey.ts';
import type { DomainRows } from './indicator-sums.ts';

/**
 * The rows of the readiness domains, ascending: rows of the filter (found once per filter,
 * `domainRows`) in a group (`group[i] ≥ 0`) with a first choice, in domain `group[i] · L + first[i]`.
 *
 * @param group - group of each row (`-1`: none)
 * @param first - first choice of each row (`-1`: none)
 * @param L - number of destination levels
 * @param G - number of domains (groups × L)
 * @throws MinatError `option-invalid` as `rowFilter`
 */
export function domainRowsOf(
  survey: ValidatedSurvey,
  filter: RowFilter | undefined,
  group: Int32Array,
  first: Int32Array,
  L: number,
  G: number,
): DomainRows {
  const kept = domainRows(survey, filter);
  const count = kept ? kept.length : survey.n;
  const rows = new Int32Array(count);
  const domain = new Int32Array(count);
  let m = 0;
  for (let j = 0; j < count; j++) {
    const i = kept ? kept[j]! : j;
    const g = group[i]!;
    const f = first[i]!;
    if (g < 0 || f < 0) continue;
    rows[m] = i;
    domain[m] = g * L + f;
    m++;
  }
  return { rows: rows.subarray(0, m), domain: domain.subarray(0, m), G };
}
