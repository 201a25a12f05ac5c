import type { CodedFactor } from '../../estimate/compare/cross-tab-cells.ts';
import { type DestinationGrouping, destinationUnits } from '../../estimate/destination-grouping.ts';
import type { DestinationAnswers } from '../../validate/validated-survey.ts';

/**
 * The first choice of a single or ranked question as a factor over destination units (countries, or
 * the regions of `grouping`), for tests of association. Rows without a first choice, or outside the
 * subpopulation (`keep[i] = 0`), are missing (`-1`): they leave the domain, the design is kept.
 *
 * @param q - a single or ranked question (multi-select questions have no first choice: all missing)
 * @param grouping - destination units (default `country`)
 * @param keep - 1 for rows in the subpopulation (default: every row)
 * @example firstChoiceFactor(survey.destination, 'policy-region').levels // ['East Asia', …]
 */
export function firstChoiceFactor(
  q: DestinationAnswers,
  grouping: DestinationGrouping = 'country',
  keep?: Uint8Array,
): CodedFactor {
  const { units, unitOf } = destinationUnits(q.levels, grouping);
  const first = q.slots[0];
  const n = q.answered.length;
  const codes = new Int32Array(n).fill(-1);
  if (first) {
    for (let i = 0; i < n; i++) {
      const c = first[i]!;
      if (c >= 0 && (!keep || keep[i] === 1)) codes[i] = unitOf[c]!;
    }
  }
  return { codes, levels: units };
}
