/**
 * The items of `from` at the indices in `keep`, in that order, written into `into` (a new array by
 * default). A plain loop, no callback per item; a block copy when every item is kept.
 *
 * @example takeItems(['a', 'b', 'c'], Int32Array.of(0, 2)) // ['a', 'c']
 */
export function takeItems<T, A extends { [k: number]: T; length: number } = T[]>(
  from: ArrayLike<T>,
  keep: Int32Array,
  into: A = new Array<T>(keep.length) as unknown as A,
): A {
  if (keep.length === from.length && ArrayBuffer.isView(into) && ArrayBuffer.isView(from)) {
    // Every row kept (keep is 0, 1, …, n - 1): a block copy.
    (into as unknown as { set(from: ArrayLike<T>): void }).set(from);
    return into;
  }
  for (let k = 0; k < keep.length; k++) into[k] = from[keep[k]!]!;
  return into;
}
