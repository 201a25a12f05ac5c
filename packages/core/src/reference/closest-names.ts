import { editDistance } from './edit-distance.ts';
import { foldText } from './fold-text.ts';

/** A name that can be suggested: its folded form (see `foldText`) and what to show. */
export interface NameCandidate {
  /** The name passed through `foldText`, e.g. `"jepang"`. */
  folded: string;
  /** What a suggestion shows, e.g. `"Jepang (JP)"`. Several candidates may share a label. */
  label: string;
}

/**
 * How far a name may be from a value to be suggested: 1 edit for folded values of up to 4 characters,
 * 2 up to 8, 3 beyond. Keeps suggestions "reasonably close" rather than always returning k names.
 *
 * @param length - Length of the folded value.
 * @returns The largest distance still suggested.
 * @example
 * ```ts
 * suggestionLimit('jepamg'.length); // 2
 * ```
 */
export function suggestionLimit(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The labels of the candidates closest to a value, for "did you mean …?" messages. Compares folded texts
 * with the Damerau–Levenshtein distance (`editDistance`), keeps only candidates within `suggestionLimit`
 * of the value, and returns distinct labels, closest first (ties in candidate order). Costs
 * O(candidates × length²): call it only for values that did not match.
 *
 * @param value - The unmatched value as written (it is folded here).
 * @param candidates - Known names, already folded.
 * @param k - How many labels at most; default 3.
 * @returns Up to `k` distinct labels; empty when nothing is close.
 * @example
 * ```ts
 * closestNames('Jepamg', [{ folded: 'jepang', label: 'Jepang (JP)' }]); // ['Jepang (JP)']
 * ```
 */
export function closestNames(value: string, candidates: readonly NameCandidate[], k = 3): string[] {
  const folded = foldText(value);
  if (folded === '' || k <= 0) return [];
  const limit = suggestionLimit(folded.length);
  const best = new Map<string, number>();
  for (const c of candidates) {
    const d = editDistance(folded, c.folded, limit);
    if (d > limit) continue;
    const known = best.get(c.label);
    if (known === undefined || d < known) best.set(c.label, d);
  }
  return [...best.entries()]
    .map(([label, d], order) => ({ label, d, order }))
    .sort((x, y) => x.d - y.d || x.order - y.order)
    .slice(0, k)
    .map((x) => x.label);
}
