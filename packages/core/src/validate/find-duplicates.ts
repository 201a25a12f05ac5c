/** Result of {@link findDuplicates}. */
export interface Duplicates {
  /** Items equal to an earlier item (blanks ignored). */
  count: number;
  /** Indices of the first duplicate's earlier occurrence and of itself. */
  first?: [number, number];
}

/**
 * Counts the items of `values` equal to an earlier one, ignoring `''`, with an open-addressing hash table
 * of item indices (FNV-1a of the UTF-16 code units) sized once: no per-item allocation, no rehashing, which
 * matters for a million respondent ids.
 *
 * @example findDuplicates(['a', 'b', 'a', '', '']) // { count: 1, first: [0, 2] }
 */
export function findDuplicates(values: readonly string[]): Duplicates {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const out: Duplicates = { count: 0 };
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === '') continue;
    let h = 0x811c9dc5;
    for (let c = 0; c < v.length; c++) h = Math.imul(h ^ v.charCodeAt(c), 0x01000193);
    let at = h & mask;
    for (;;) {
      const j = slots[at]!;
      if (j < 0) {
        slots[at] = i;
        break;
      }
      if (values[j] === v) {
        out.count++;
        out.first ??= [j, i];
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return out;
}
