import { MinatError } from '../../errors/minat-error.ts';
import { tCdf, tQuantile } from '../ci/quantiles.ts';
import { normalizeDfMode, normalizeLevel } from '../estimate-options.ts';

/** One proportion entering a difference: a {@link RatioCell} fits. */
export interface DifferenceTerm {
  estimate: number;
  variance: number;
  /** Design df of the estimate's domain. */
  df: number;
}

/** Options of {@link differenceOfProportions}. */
export interface DifferenceOptions {
  /**
   * `independent`: separate samples such as two waves (Var = V₁ + V₂, df = df₁ + df₂);
   * `same`: two groups of one sample, or two destinations in one group (Var = V₁ + V₂ − 2C,
   * df = min(df₁, df₂)).
   */
  sample: 'independent' | 'same';
  /** Covariance C of the two estimates; required with `same` (e.g. `table.covariance(g1, k1, g2, k2)`). */
  covariance?: number;
  /** Confidence level in (0, 1); default 0.95. */
  level?: number;
  /** `design` (default): t quantile on the df above; `inf`: normal quantile, as R's `confint(svycontrast())`. */
  df?: 'design' | 'inf';
}

/** A difference of two proportions with its interval and two-sided test of "no difference". */
export interface Difference {
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** df of the interval and test (Infinity with `df: 'inf'`). */
  df: number;
  p_value: number | null;
  /** `empty` (an estimate or variance is undefined), `zero-variance`, `df-zero`. */
  flags: string[];
}

const SAMPLES = ['independent', 'same'] as const;

/**
 * Difference `Δ = a − b` of two design-based proportions (methods.md §7.1), with a t interval and
 * the two-sided p-value of Δ = 0. For waves pass (later, earlier). Independent samples add the
 * variances and the df (as R's stacked design with wave-keyed strata does); the same sample subtracts
 * twice the covariance and uses df = min(df₁, df₂) [inferred in methods.md].
 *
 * @param a - minuend (estimate, variance, df), e.g. `table.cell(1, k)`
 * @param b - subtrahend
 * @param options - `sample` (required), `covariance` (required with `same`), `level` (default 0.95),
 *   `df` (`design` default, or `inf`)
 * @returns `{ estimate, se, ci_low, ci_high, df, p_value, flags }`; nulls where undefined (never NaN)
 * @throws MinatError `option-invalid` naming the bad option value and the allowed ones
 * @example
 * ```ts
 * const t = ratioTable(design, input);
 * differenceOfProportions(t.cell(0, de), t.cell(1, de), { sample: 'same', covariance: t.covariance(0, de, 1, de) });
 * ```
 */
export function differenceOfProportions(
  a: DifferenceTerm,
  b: DifferenceTerm,
  options: DifferenceOptions,
): Difference {
  const { sample, covariance, level, dfMode } = checkOptions(options);
  const df =
    dfMode === 'inf' ? Number.POSITIVE_INFINITY : sample === 'same' ? Math.min(a.df, b.df) : a.df + b.df;
  const out: Difference = {
    estimate: null,
    se: null,
    ci_low: null,
    ci_high: null,
    df,
    p_value: null,
    flags: [],
  };
  const estimate = a.estimate - b.estimate;
  const variance = a.variance + b.variance - 2 * covariance;
  if (!Number.isFinite(estimate) || !Number.isFinite(variance)) {
    out.flags.push('empty');
    return out;
  }
  // V₁ + V₂ − 2C is a variance of the PSU score differences, so ≥ 0 up to rounding.
  const se = Math.sqrt(Math.max(variance, 0));
  out.estimate = estimate;
  out.se = se;
  if (!(df > 0)) {
    out.flags.push('df-zero');
    return out;
  }
  if (se === 0) {
    out.flags.push('zero-variance');
    out.ci_low = estimate;
    out.ci_high = estimate;
    return out;
  }
  const q = tQuantile(1 - (1 - level) / 2, df);
  out.ci_low = estimate - q * se;
  out.ci_high = estimate + q * se;
  out.p_value = Math.min(1, 2 * tCdf(-Math.abs(estimate / se), df));
  return out;
}

function checkOptions(options: DifferenceOptions) {
  const { sample, covariance } = options;
  if (!(SAMPLES as readonly string[]).includes(sample)) {
    throw new MinatError(
      'option-invalid',
      `invalid sample ${JSON.stringify(sample)}: expected one of ${SAMPLES.join(', ')}`,
      {
        value: String(sample),
        expected: SAMPLES.join(', '),
      },
    );
  }
  if (sample === 'same' && !Number.isFinite(covariance)) {
    throw new MinatError(
      'option-invalid',
      `invalid covariance ${JSON.stringify(covariance)}: sample "same" needs the covariance of the two estimates, e.g. table.covariance(g1, k1, g2, k2)`,
      { value: String(covariance), expected: 'a finite number' },
    );
  }
  if (sample === 'independent' && covariance !== undefined && covariance !== 0) {
    throw new MinatError(
      'option-invalid',
      `invalid covariance ${covariance}: independent samples have covariance 0; use sample "same" for estimates from one sample`,
      { value: String(covariance), expected: '0 or no covariance' },
    );
  }
  const level = normalizeLevel(options.level);
  const dfMode = normalizeDfMode(options.df);
  return { sample, covariance: covariance ?? 0, level, dfMode };
}
