import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';

/** Options of {@link trimWeights}. */
export interface TrimOptions {
  /** Weights below it are raised to it. Default `-Infinity` (none). */
  lower?: number;
  /** Weights above it are cut to it. Default `Infinity` (none). */
  upper?: number;
  /** Repeat until no weight is outside the bounds (R's `strict=TRUE`). Default `false`. */
  strict?: boolean;
}

const MAX_ROUNDS = 10_000;

/**
 * Weight trimming, as R's `trimWeights` (methods.md §5.3): weights strictly outside `[lower, upper]` are
 * set to the bound, and the net amount trimmed is added in equal parts (additively, not
 * proportionally) to every other weight, so Σw is preserved. Weights exactly at a bound count as not
 * trimmed: they receive their part and may end past the bound, unless `strict` repeats the round until
 * no weight is outside. As in R, zero weights below a positive `lower` are raised too. The calibration
 * record is kept (variances still residualise on it; the weights are no longer exactly calibrated).
 *
 * @param design - the design whose weights to trim (not modified)
 * @param options - `lower` (default −∞), `upper` (default ∞), `strict` (default `false`)
 * @returns a new design with the trimmed weights
 * @throws MinatError `option-invalid` for a bound that is not a number or `lower > upper`;
 *   `calibration-invalid` when every weight is outside the bounds, or when `strict` cannot be met
 *   because Σw is outside `[n·lower, n·upper]`
 * @example trimWeights(design, { lower: 9, upper: 30 }).weights
 */
export function trimWeights(design: SurveyDesign, options: TrimOptions = {}): SurveyDesign {
  const { lower = -Infinity, upper = Infinity, strict = false } = options;
  for (const [name, value] of [
    ['lower', lower],
    ['upper', upper],
  ] as const) {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new MinatError('option-invalid', `invalid ${name} ${JSON.stringify(value)}: expected a number`, {
        value: String(value),
        expected: 'a number (or ±Infinity for no bound)',
      });
    }
  }
  if (lower > upper) {
    throw new MinatError('option-invalid', `invalid bounds: lower ${lower} is above upper ${upper}`, {
      value: `${lower} > ${upper}`,
      expected: 'lower ≤ upper',
    });
  }
  if (typeof strict !== 'boolean') {
    throw new MinatError(
      'option-invalid',
      `invalid strict ${JSON.stringify(strict)}: expected one of true, false`,
      {
        value: String(strict),
        expected: 'true, false',
      },
    );
  }
  const w = Float64Array.from(design.weights);
  const n = w.length;
  if (strict) {
    let total = 0;
    for (const v of w) total += v;
    if (total > n * upper || total < n * lower) {
      throw new MinatError(
        'calibration-invalid',
        `the total weight ${total} cannot be kept with all ${n} weights within [${lower}, ${upper}]`,
        { value: String(total), expected: `a total weight between ${n * lower} and ${n * upper}` },
      );
    }
  }
  const issues: Issue[] = [...design.issues];
  let rounds = 0;
  while (trimRound(w, lower, upper)) {
    rounds++;
    if (!strict) break;
    if (rounds >= MAX_ROUNDS) {
      issues.push({
        level: 'warning',
        code: 'trim-not-converged',
        message: `strict weight trimming stopped after ${MAX_ROUNDS} rounds with weights still outside [${lower}, ${upper}]`,
        details: { rounds },
      });
      break;
    }
  }
  return { ...design, weights: w, issues };
}

/** One round of R's redistribution, in place; false when no weight is outside. */
function trimRound(w: Float64Array, lower: number, upper: number): boolean {
  let trimmed = 0;
  let inside = 0;
  for (const v of w) if (v >= lower && v <= upper) inside++;
  if (inside === w.length) return false;
  if (inside === 0) {
    throw new MinatError(
      'calibration-invalid',
      `every weight is outside [${lower}, ${upper}]: no weight is left to take the trimmed amount`,
      { value: `[${lower}, ${upper}]`, expected: 'bounds that leave some weights inside' },
    );
  }
  const outside = new Uint8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const v = w[i]!;
    if (v < lower || v > upper) {
      const clamped = v < lower ? lower : upper;
      trimmed += v - clamped;
      w[i] = clamped;
      outside[i] = 1;
    }
  }
  const share = trimmed / inside;
  for (let i = 0; i < w.length; i++) if (!outside[i]) w[i]! += share;
  return true;
}
