import type { SurveyDesign } from '../../design/survey-design.ts';
import {
  type AssociationStatistic,
  type AssociationTest,
  raoScottTest,
  raoScottTestOf,
} from '../../estimate/compare/rao-scott-test.ts';
import { destinationUnits } from '../../estimate/destination-grouping.ts';
import { domainRows } from '../../estimate/domain-rows.ts';
import type { NormalizedEstimateOptions } from '../../estimate/estimate-options.ts';
import { rowFilter } from '../../estimate/row-filter.ts';
import type { Categorical, DestinationAnswers, ValidatedSurvey } from '../../validate/validated-survey.ts';
import { firstChoiceCrossTab } from './first-choice-cross-tab.ts';
import { firstChoiceFactor } from './first-choice-factor.ts';

/**
 * The Rao–Scott test of `column` × first-choice destination (`raoScottTest`) among the rows of the
 * filter, as `compareGroups` reports it. Rows missing either variable, or outside the filter, add
 * nothing to any cell total or PSU score: the per-PSU cell sums are gathered in one pass over the
 * filter's rows (`firstChoiceCrossTab`, ascending, so every sum is added in the same order), with every
 * stratum and PSU of the full design kept (`psuStratum`, `psuCount`), which gives the same test as the
 * per-row factors over all rows. When a level has rows but no positive weight, the test runs on a view
 * of the design holding only the rows with both variables (as `crossTabCells` drops such a level). A
 * calibrated design residualises scores on every row, so it gets the per-row factors.
 *
 * @param q - a single or ranked question
 * @param options - normalised estimate options (`filter`, `destinations`)
 */
export function firstChoiceAssociation(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  column: Categorical,
  q: DestinationAnswers,
  options: NormalizedEstimateOptions,
  statistic: AssociationStatistic,
): AssociationTest {
  if (design.calibration.length > 0) {
    const keep = rowFilter(survey, options.filter);
    const codes = new Int32Array(survey.n);
    for (let i = 0; i < codes.length; i++) codes[i] = keep[i] === 1 ? column.codes[i]! : -1;
    const cols = firstChoiceFactor(q, options.destinations, keep);
    return raoScottTest(design, { codes, levels: column.levels }, cols, statistic);
  }
  const { units, unitOf } = destinationUnits(q.levels, options.destinations);
  const first = q.slots[0];
  const rows = domainRows(survey, options.filter);
  if (first) {
    const cells = firstChoiceCrossTab(design, rows, column, first, unitOf, units);
    if (cells) return raoScottTestOf(design, cells, statistic);
  }
  const byCode = column.codes;
  const count = rows ? rows.length : survey.n;
  const rowCodes = new Int32Array(first ? count : 0);
  const colCodes = new Int32Array(rowCodes.length);
  const weights = new Float64Array(rowCodes.length);
  const stratum = new Int32Array(rowCodes.length);
  const psu = new Int32Array(rowCodes.length);
  let m = 0;
  if (first) {
    for (let j = 0; j < count; j++) {
      const i = rows ? rows[j]! : j;
      const a = byCode[i]!;
      const c = first[i]!;
      if (a < 0 || c < 0) continue;
      rowCodes[m] = a;
      colCodes[m] = unitOf[c]!;
      weights[m] = design.weights[i]!;
      stratum[m] = design.stratum[i]!;
      psu[m] = design.psu[i]!;
      m++;
    }
  }
  const view: SurveyDesign = {
    ...design,
    n: m,
    weights: weights.subarray(0, m),
    stratum: stratum.subarray(0, m),
    psu: psu.subarray(0, m),
  };
  return raoScottTest(
    view,
    { codes: rowCodes.subarray(0, m), levels: column.levels },
    { codes: colCodes.subarray(0, m), levels: units },
    statistic,
  );
}
