/** One raking margin: each row's category and the population total of each category. */
export interface RakeMargin {
  /** Category index (0-based) of every row. */
  codes: ArrayLike<number>;
  /** Target total of every category. */
  targets: ArrayLike<number>;
}

/** Options of {@link rake}. */
export interface RakeOptions {
  /** Stop when every margin total is within this relative error of its target. Default `1e-12`. */
  tolerance?: number;
  /** Give up after this many sweeps over all margins. Default `1000`. */
  maxIterations?: number;
}

/** Result of {@link rake}. */
export interface RakeResult {
  /** The raked weights (a new array). */
  weights: Float64Array;
  /** Sweeps done. */
  iterations: number;
  /** Largest relative difference between a weighted margin total and its target after the last sweep. */
  maxRelativeError: number;
  converged: boolean;
}

function marginTotals(weights: Float64Array, margin: RakeMargin): Float64Array {
  const totals = new Float64Array(margin.targets.length);
  for (let i = 0; i < weights.length; i++) totals[margin.codes[i]!]! += weights[i]!;
  return totals;
}

function maxError(weights: Float64Array, margins: RakeMargin[]): number {
  let worst = 0;
  for (const margin of margins) {
    const totals = marginTotals(weights, margin);
    for (let c = 0; c < totals.length; c++) {
      const target = margin.targets[c]!;
      worst = Math.max(worst, Math.abs(totals[c]! - target) / Math.max(target, 1e-300));
    }
  }
  return worst;
}

/**
 * Rakes weights to known margins by iterative proportional fitting: for each margin in turn, every row's
 * weight is multiplied by target / current total of its category; sweeps repeat until all margins hold.
 *
 * @param weights - starting (design) weights, positive
 * @param margins - the margins to meet; their targets should agree on the grand total
 * @param options - tolerance (default `1e-12` relative) and iteration cap (default 1000)
 * @returns the raked weights, the sweeps used and the final error
 * @throws Error when a category with a positive target has no rows (it can never be met)
 * @example
 * ```ts
 * const { weights } = rake(Float64Array.from([1, 1, 1]), [{ codes: [0, 1, 1], targets: [2, 4] }]);
 * // weights = [2, 2, 2]
 * ```
 */
export function rake(
  weights: ArrayLike<number>,
  margins: RakeMargin[],
  options: RakeOptions = {},
): RakeResult {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 1000;
  const w = Float64Array.from(weights);
  for (const [m, margin] of margins.entries()) {
    const totals = marginTotals(w, margin);
    for (let c = 0; c < totals.length; c++) {
      if (margin.targets[c]! > 0 && !(totals[c]! > 0)) {
        throw new Error(`rake: margin ${m}, category ${c} has a target of ${margin.targets[c]} but no rows`);
      }
    }
  }
  let error = maxError(w, margins);
  let iterations = 0;
  while (error > tolerance && iterations < maxIterations) {
    for (const margin of margins) {
      const totals = marginTotals(w, margin);
      const factors = new Float64Array(totals.length);
      for (let c = 0; c < totals.length; c++)
        factors[c] = totals[c]! > 0 ? margin.targets[c]! / totals[c]! : 0;
      for (let i = 0; i < w.length; i++) w[i]! *= factors[margin.codes[i]!]!;
    }
    iterations++;
    error = maxError(w, margins);
  }
  return { weights: w, iterations, maxRelativeError: error, converged: error <= tolerance };
}
