import type { PreferenceModel } from './preferences.ts';
import type { Rng } from './prng.ts';

/** A respondent's destination answers, as indices into the model's codes. */
export interface Choices {
  /** Ranked choices, first choice first: 0 (no answer) to 3 entries, no repeats. */
  ranked: number[];
  /** Countries considered (select_multiple), ascending (the choice-list order); empty when unanswered. */
  considered: number[];
}

const NO_ANSWER = 0.01;
const COUNT_WEIGHTS = [0.07, 0.11, 0.82];
const EXTRA_WEIGHTS = [0.5, 0.32, 0.18];
const SAME_REGION = 1.5;

/**
 * Draws the ranked top-3 by sequential sampling without replacement (Plackett–Luce) from exp(utility),
 * with later choices leaning to the first choice's region, then the "countries considered" set: the
 * first choice always, usually the other ranked ones, and up to two more (at most five in all).
 *
 * @param utilities - log-utilities of every code (intercepts plus effects); not modified
 * @param model - the preference model (codes and regions)
 * @param rng - the wave's generator
 * @returns the ranked choices and the considered set
 * @example
 * ```ts
 * const { ranked } = drawChoices(utilities, model, rng); // e.g. [0, 2, 3] = JP, KR, TW
 * ```
 */
export function drawChoices(utilities: Float64Array, model: PreferenceModel, rng: Rng): Choices {
  if (rng.chance(NO_ANSWER)) return { ranked: [], considered: [] };
  const count = 1 + rng.weighted(COUNT_WEIGHTS);
  const w = utilities.map(Math.exp);
  const first = rng.weighted(w);
  const ranked = [first];
  w[first] = 0;
  const other = model.codes.length - 1;
  for (let d = 0; d < other; d++) if (model.regions[d] === model.regions[first]) w[d]! *= SAME_REGION;
  while (ranked.length < count) {
    const next = rng.weighted(w);
    ranked.push(next);
    w[next] = 0;
  }
  const considered = new Set([first]);
  if (ranked[1] !== undefined && rng.chance(0.85)) considered.add(ranked[1]);
  if (ranked[2] !== undefined && rng.chance(0.75)) considered.add(ranked[2]);
  for (const r of ranked) w[r] = 0;
  w[other] = 0;
  const extra = rng.weighted(EXTRA_WEIGHTS);
  for (let i = 0; i < extra && considered.size < 5; i++) {
    const next = rng.weighted(w);
    considered.add(next);
    w[next] = 0;
  }
  return { ranked, considered: [...considered].sort((a, b) => a - b) };
}
