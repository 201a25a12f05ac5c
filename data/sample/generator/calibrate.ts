import type { PopulationCell } from './population.ts';
import type { PreferenceModel } from './preferences.ts';
import { createRng, deriveSeed } from './prng.ts';
import { drawProfile } from './respondents.ts';

/** Finds the wave intercepts that make the population's expected first-choice shares equal the targets. */
export type Calibrator = (targets: Float64Array) => Float64Array;

/**
 * Prepares intercept calibration: draws `size` profiles distributed like the population (province ×
 * sex from `population`, the rest from the respondent model), computes their effects once, and returns a
 * function that fits intercepts by fixed-point iteration (α ← α + log(target / mean probability)) until
 * every share is within 1e-9 (log scale) of its target.
 *
 * Regency effects are left out (they average out over PSUs), so realised shares deviate from the
 * targets by sampling noise and a little more.
 *
 * @param model - the preference model
 * @param population - population by province × sex (any wave: only the proportions matter)
 * @param seed - master seed
 * @param size - number of calibration profiles, default 20,000
 * @returns the calibrator
 * @example
 * ```ts
 * const intercepts = createCalibrator(model, population, 20260212)(firstChoiceTargets(2026, model.codes));
 * ```
 */
export function createCalibrator(
  model: PreferenceModel,
  population: PopulationCell[],
  seed: number,
  size = 20_000,
): Calibrator {
  const rng = createRng(deriveSeed(seed, 'calibration-profiles'));
  const k = model.codes.length;
  const cells = population.flatMap((c) => [
    { province: c.province, sex: 0 as const, n: c.male },
    { province: c.province, sex: 1 as const, n: c.female },
  ]);
  const cellWeights = cells.map((c) => c.n);
  const effects = new Float64Array(size * k);
  const row = new Float64Array(k);
  for (let i = 0; i < size; i++) {
    const cell = cells[rng.weighted(cellWeights)]!;
    model.effects(drawProfile(cell.province, cell.sex, rng), undefined, row);
    effects.set(row, i * k);
  }
  return (targets) => {
    const alpha = targets.map(Math.log);
    const mean = new Float64Array(k);
    const p = new Float64Array(k);
    for (let iteration = 0; iteration < 500; iteration++) {
      mean.fill(0);
      for (let i = 0; i < size; i++) {
        let sum = 0;
        for (let d = 0; d < k; d++) {
          p[d] = Math.exp(alpha[d]! + effects[i * k + d]!);
          sum += p[d]!;
        }
        for (let d = 0; d < k; d++) mean[d]! += p[d]! / sum / size;
      }
      let worst = 0;
      for (let d = 0; d < k; d++) {
        const step = Math.log(targets[d]! / mean[d]!);
        alpha[d]! += step;
        worst = Math.max(worst, Math.abs(step));
      }
      if (worst < 1e-9) break;
    }
    return alpha;
  };
}
