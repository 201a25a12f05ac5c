import { MinatError } from '../../errors/minat-error.ts';

/**
 * The replicate variance (methods.md §6, R's `svrVar`): `V = scale · Σ_r rscales[r] · (θ_r − θ̄)²`,
 * with θ̄ the mean of the replicates whose rscale is > 0 (default), or the full-sample estimate when
 * `mse` is true. Replicates with a NaN estimate (e.g. a domain without weight in that replicate) are
 * left out, as R's default `na.action` does (R also warns); NaN when none is left.
 *
 * @param thetas - replicate estimates θ_r (length R)
 * @param full - full-sample estimate θ̂ (used when `mse`)
 * @throws MinatError `option-invalid` when `rscales` and `thetas` differ in length
 * @example replicateVariance(Float64Array.of(0.4, 0.5), 0.45, 1, Float64Array.of(1, 1), false) // 0.005
 */
export function replicateVariance(
  thetas: Float64Array,
  full: number,
  scale: number,
  rscales: Float64Array,
  mse: boolean,
): number {
  if (rscales.length !== thetas.length) {
    throw new MinatError(
      'option-invalid',
      `rscales has ${rscales.length} values for ${thetas.length} replicate estimates`,
      { value: String(rscales.length), expected: `${thetas.length} values` },
    );
  }
  let centre = full;
  if (!mse) {
    let sum = 0;
    let m = 0;
    thetas.forEach((t, r) => {
      if (rscales[r]! > 0 && !Number.isNaN(t)) {
        sum += t;
        m++;
      }
    });
    centre = sum / m;
  }
  let v = 0;
  let kept = 0;
  thetas.forEach((t, r) => {
    if (Number.isNaN(t)) return;
    kept++;
    v += rscales[r]! * (t - centre) ** 2;
  });
  return kept === 0 ? Number.NaN : scale * v;
}
