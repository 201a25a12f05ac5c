/**
 * Ranks of values sorted in decreasing order, 1 for the largest, with ties sharing the lower rank
 * ("1224" competition ranking, R's `rank(-x, ties.method = "min")`).
 *
 * @param sorted - values in decreasing order
 * @example competitionRanks([0.4, 0.3, 0.3, 0.1]) // [1, 2, 2, 4]
 */
export function competitionRanks(sorted: readonly number[]): number[] {
  const ranks: number[] = [];
  sorted.forEach((x, i) => {
    ranks.push(i > 0 && x === sorted[i - 1] ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}
