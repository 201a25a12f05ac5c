/**
 * Root of a continuous function on a bracketing interval by bisection: robust, and at most ~60
 * halvings of a double interval before it stops shrinking.
 * @param f - The function; `f(a)` and `f(b)` must have opposite signs (or one be 0).
 * @param a - One end of the bracket.
 * @param b - The other end.
 * @param tolerance - Stop when the bracket is at most this wide (absolute), e.g. 1e-12.
 * @returns The midpoint of the final bracket.
 * @example bisectRoot((x) => x * x - 2, 0, 2, 1e-12) // 1.4142135623…
 */
export function bisectRoot(f: (x: number) => number, a: number, b: number, tolerance: number): number {
  let lo = a;
  let hi = b;
  const fLo = f(lo);
  if (fLo === 0) return lo;
  if (f(hi) === 0) return hi;
  const loSign = Math.sign(fLo);
  while (Math.abs(hi - lo) > tolerance) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    const value = f(mid);
    if (value === 0) return mid;
    if (Math.sign(value) === loSign) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}
