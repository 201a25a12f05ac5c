/**
 * Optimal-string-alignment Damerau–Levenshtein distance: insertions, deletions, substitutions and swaps of
 * two adjacent characters each cost 1 (`"jepamg"`→`"jepang"` = 1, `"jpeang"`→`"jepang"` = 1).
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 *
 * @param a - First text (compare folded texts, see `foldText`).
 * @param b - Second text.
 * @param limit - Largest distance of interest; defaults to no limit.
 * @returns The distance, or `limit + 1` when it exceeds `limit`.
 * @example
 * ```ts
 * editDistance('korsel', 'kosrel'); // 1
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const result = prev[b.length]!;
  return result > limit ? limit + 1 : result;
}
