import { MinatError } from '../errors/minat-error.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';

/** One destination's weighted share of first choices. */
export interface FirstChoiceShare {
  destination: string;
  /** Weighted share among respondents in scope who answered (0–1). */
  estimate: number;
  /** Respondents in the base who chose it (the numerator, unweighted). */
  count_unweighted: number;
  /** Respondents in the base (answered the first choice), unweighted and weighted. */
  n_unweighted: number;
  n_weighted: number;
}

/**
 * Weighted shares of the first choice (`p̂ = Σ wᵢ yᵢ / Σ wᵢ` over respondents who answered), largest
 * first, ties by code. A point estimate only: standard errors and intervals come from the estimation
 * engine. With `wave`, only that wave's rows are in scope.
 *
 * @throws MinatError `option-invalid` when `wave` is not a wave of the survey
 * @example weightedFirstChoice(survey, { wave: '2026' })[0] // { destination: 'JP', estimate: 0.29, … }
 */
export function weightedFirstChoice(
  survey: ValidatedSurvey,
  options: { wave?: string } = {},
): FirstChoiceShare[] {
  let waveCode = -1;
  if (options.wave !== undefined) {
    waveCode = survey.wave?.levels.indexOf(options.wave) ?? -1;
    if (waveCode < 0) {
      const waves = survey.wave?.levels.join(', ') ?? 'none (the schema declares no wave column)';
      throw new MinatError(
        'option-invalid',
        `invalid wave ${JSON.stringify(options.wave)}: expected one of ${waves}`,
        {
          value: options.wave,
          expected: waves,
        },
      );
    }
  }
  const first = survey.destination.slots[0];
  const levels = survey.destination.levels;
  const weighted = new Float64Array(levels.length);
  const counts = new Int32Array(levels.length);
  let nW = 0;
  let n = 0;
  for (let i = 0; i < survey.n; i++) {
    if (waveCode >= 0 && survey.wave!.codes[i] !== waveCode) continue;
    const c = first ? first[i]! : -1;
    if (c < 0) continue;
    const w = survey.weight[i]!;
    weighted[c]! += w;
    counts[c]!++;
    nW += w;
    n++;
  }
  return levels
    .map((destination, c) => ({
      destination,
      estimate: nW > 0 ? weighted[c]! / nW : 0,
      count_unweighted: counts[c]!,
      n_unweighted: n,
      n_weighted: nW,
    }))
    .sort((a, b) => b.estimate - a.estimate || a.destination.localeCompare(b.destination));
}
