/**
 * The share a world map's largest circle stands for: the largest share rounded up to the next ten
 * percentage points (to the next point below 10%, and at least 1%). Circle areas are proportional to
 * the share either way; rounding keeps the same share drawn as the same circle across filters of a
 * similar scale (comparable maps, and a dashboard can update the circles without redrawing the map's
 * size legend).
 *
 * @param largest - the largest share shown (0–1)
 * @returns the share of the largest circle area
 * @example circleScaleMax(0.287) // 0.3
 */
export function circleScaleMax(largest: number): number {
  const step = largest > 0.1 ? 0.1 : 0.01;
  // A hair below the step, so a share of exactly 30% stays at 30%, not 40%, despite rounding error.
  const steps = Math.max(1, Math.ceil(largest / step - 1e-9));
  return Math.min(1, Number((steps * step).toFixed(2)));
}
