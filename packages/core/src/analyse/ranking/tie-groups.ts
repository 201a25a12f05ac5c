/**
 * Tie groups of a ranked list from the tests of its adjacent pairs: a maximal chain of neighbours whose
 * differences are not significant shares one group, so A~B and B~C put A, B and C together even when
 * A and C differ. Groups are numbered 1, 2, … down the list.
 *
 * @param differs - for each adjacent pair (i, i + 1) of a non-empty list, whether the two differ
 *   significantly (length = list length − 1)
 * @returns the tie group of each item, in list order (length `differs.length + 1`)
 * @example tieGroups([false, false, true]) // [1, 1, 1, 2]
 */
export function tieGroups(differs: readonly boolean[]): number[] {
  const groups = [1];
  for (const d of differs) groups.push(groups[groups.length - 1]! + (d ? 1 : 0));
  return groups;
}
