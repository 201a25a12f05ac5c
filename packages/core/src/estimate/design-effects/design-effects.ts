import { MinatError } from '../../errors/minat-error.ts';

/** What {@link designEffects} needs of an estimate; a `RatioCell` of a proportion fits as it is. */
export interface DesignEffectInput {
  /** p̂, the share in the base (also for a total: the total divided by N̂). */
  estimate: number;
  /** Variance of the estimate: of p̂, or of the total N̂·p̂ with `of: 'total'`. */
  variance: number;
  /** n: rows of the base with a positive weight. */
  nPositive: number;
  /** N̂ = Σ w over the base. */
  nWeighted: number;
}

/** Options of {@link designEffects}. */
export interface DesignEffectOptions {
  /** `proportion` (default, R's `svymean(deff=)`) or `total` (`svytotal(deff=)`: both SRS variances × N̂²). */
  of?: 'proportion' | 'total';
}

/** Design effects of one estimate; null where undefined (never NaN or Infinity). */
export interface DesignEffects {
  /** Against SRS without replacement of n from N̂: `V / ((1 − n/N̂) S²/n)` (R's `deff=TRUE`). */
  deff: number | null;
  /** Against SRS with replacement: `V / (S²/n)` (R's `deff="replace"`, Kish's deft²). */
  deff_replace: number | null;
  /** Effective sample size `p̂(1−p̂)/V` (proportions only), uncapped. */
  n_eff: number | null;
  /** Coefficient of variation, se / estimate (null when the estimate is 0). */
  cv: number | null;
  /**
   * `deff-weights-below-n` (N̂ < n: R returns NA, "are weights correctly scaled?"),
   * `deff-weights-equal-n` (N̂ = n, e.g. weights scaled to mean 1: R returns Inf),
   * `deff-no-srs-variance` (p̂ = 0 or 1, or n < 2: S² = 0 or undefined), `empty`.
   */
  flags: string[];
}

const KINDS = ['proportion', 'total'] as const;

/**
 * Design effects of a proportion (or of the corresponding total) as R's `svymean`/`svytotal` with
 * `deff=TRUE` and `deff="replace"` compute them (methods.md §4), with the SRS variance of the base's
 * own n and N̂: `S² = p̂(1−p̂)·n/(n−1)`. Where R gives NA, Inf or (for totals with N̂ < n) a negative
 * value, this returns null and a flag. N̂ within 1e-9·n of n counts as equal to n.
 *
 * @param input - estimate, variance, nPositive, nWeighted (e.g. `table.cell(g, k)`)
 * @param options - `of`: `proportion` (default) or `total`, whose `input.variance` is the total's
 * @returns `{ deff, deff_replace, n_eff, cv, flags }`
 * @throws MinatError `option-invalid` for an unknown `of`
 * @example designEffects(table.cell(0, de)) // { deff: 0.2314, deff_replace: 0.2196, n_eff: 68.3, cv: 0.1415, flags: [] }
 */
export function designEffects(input: DesignEffectInput, options: DesignEffectOptions = {}): DesignEffects {
  const of = options.of ?? 'proportion';
  if (!(KINDS as readonly string[]).includes(of)) {
    throw new MinatError(
      'option-invalid',
      `invalid of ${JSON.stringify(of)}: expected one of ${KINDS.join(', ')}`,
      {
        value: String(of),
        expected: KINDS.join(', '),
      },
    );
  }
  const { estimate: p, variance: V, nPositive: n, nWeighted: N } = input;
  const out: DesignEffects = { deff: null, deff_replace: null, n_eff: null, cv: null, flags: [] };
  if (!Number.isFinite(p) || !Number.isFinite(V) || !(n > 0)) {
    out.flags.push('empty');
    return out;
  }
  const total = of === 'total';
  const estimate = total ? N * p : p;
  if (estimate !== 0) out.cv = Math.sqrt(V) / estimate;
  if (!total && V > 0) out.n_eff = (p * (1 - p)) / V;
  const S2 = n > 1 ? (p * (1 - p) * n) / (n - 1) : 0;
  if (!(S2 > 0)) {
    out.flags.push('deff-no-srs-variance');
    return out;
  }
  const scale = total ? N * N : 1;
  out.deff_replace = V / ((scale * S2) / n);
  if (Math.abs(N - n) <= 1e-9 * n) out.flags.push('deff-weights-equal-n');
  else if (N < n) out.flags.push('deff-weights-below-n');
  else out.deff = V / ((scale * (1 - n / N) * S2) / n);
  return out;
}
