import { allocateSample } from './allocate.ts';
import type { Calibrator } from './calibrate.ts';
import { drawChoices } from './choose.ts';
import type { SurveyRow } from './columns.ts';
import { syntheticPopulation } from './population.ts';
import type { PreferenceModel } from './preferences.ts';
import { createRng, deriveSeed } from './prng.ts';
import { rake } from './rake.ts';
import { drawReadiness } from './readiness.ts';
import type { Reference } from './reference.ts';
import { drawProfile, EDUCATION_CODES, INTENTION_CODES, OCCUPATION_CODES } from './respondents.ts';
import { firstChoiceTargets } from './targets.ts';

/** What every wave shares: reference tables, the preference model, its calibrator and the seed. */
export interface WaveContext {
  ref: Reference;
  model: PreferenceModel;
  calibrator: Calibrator;
  seed: number;
}

/** Facts about a generated wave, for the console report. */
export interface WaveSummary {
  wave: number;
  size: number;
  rakeIterations: number;
  rakeError: number;
}

/** Women answer a little more often than men: the sample is more female than the population. */
const FEMALE_RESPONSE_BOOST = 0.03;

/**
 * Generates one wave and hands each respondent to `onRow`, in interview order (stratum, then PSU).
 *
 * Two passes keep memory flat for huge files: the design pass draws stratum, PSU and sex into typed
 * arrays, computes design weights 1 / (π_PSU · π_within) = (M_h / m_h) · (N_hi / n_hi) and rakes them to
 * the SYNTHETIC province and sex population totals; the answer pass draws everything else row by row.
 *
 * @param ctx - shared context
 * @param wave - survey year
 * @param n - respondents
 * @param onRow - receives each row; the object is not reused, so it may be kept
 * @returns the wave's size and raking diagnostics
 * @throws Error when raking fails to converge
 * @example
 * ```ts
 * generateWave(ctx, 2026, 12000, (row) => lines.push(row.resp_id));
 * ```
 */
export function generateWave(
  ctx: WaveContext,
  wave: number,
  n: number,
  onRow: (row: SurveyRow) => void,
): WaveSummary {
  const { ref, model, seed } = ctx;
  const population = syntheticPopulation(ref.provinces, wave);
  const strata = allocateSample(ref.provinces, population, n, seed, wave);
  const rng = createRng(deriveSeed(seed, `wave-${wave}`));
  const province = new Int32Array(n);
  const sex = new Uint8Array(n);
  const regency: string[] = [];
  const design = new Float64Array(n);
  let i = 0;
  for (const s of strata) {
    const cell = population[s.provinceIndex]!;
    const femaleP = cell.female / (cell.male + cell.female) + FEMALE_RESPONSE_BOOST;
    const start = i;
    for (const psu of s.psus) {
      const w = (s.regencyCount / s.psus.length) * (psu.population / psu.take);
      for (let j = 0; j < psu.take; j++, i++) {
        province[i] = s.provinceIndex;
        sex[i] = rng.chance(femaleP) ? 1 : 0;
        regency[i] = psu.regency;
        design[i] = w;
      }
    }
    // Both sexes must be present in every stratum, or raking has an empty cell.
    for (const missing of [0, 1]) {
      if (i - start >= 2 && !sex.subarray(start, i).includes(missing)) sex[i - 1 - missing] = missing;
    }
  }
  const raked = rake(design, [
    { codes: province, targets: population.map((c) => c.male + c.female) },
    {
      codes: sex,
      targets: [population.reduce((t, c) => t + c.male, 0), population.reduce((t, c) => t + c.female, 0)],
    },
  ]);
  if (!raked.converged) throw new Error(`wave ${wave}: raking did not converge (${raked.maxRelativeError})`);
  const alpha = ctx.calibrator(firstChoiceTargets(wave, model.codes));
  const utilities = new Float64Array(model.codes.length);
  const prefix = `W${String(wave).slice(-2)}-`;
  for (let r = 0; r < n; r++) {
    const p = drawProfile(ref.provinces[province[r]!]!.code, sex[r] as 0 | 1, rng);
    model.effects(p, regency[r], utilities);
    for (let d = 0; d < utilities.length; d++) utilities[d]! += alpha[d]!;
    const { ranked, considered } = drawChoices(utilities, model, rng);
    const codes = ranked.map((d) => model.codes[d]!);
    onRow({
      resp_id: prefix + String(r + 1).padStart(6, '0'),
      wave,
      province: p.province,
      regency: regency[r]!,
      weight: Math.round(raked.weights[r]! * 1e4) / 1e4,
      sex: p.sex === 1 ? 'F' : 'M',
      age: p.age,
      education: EDUCATION_CODES[p.education]!,
      occupation: OCCUPATION_CODES[p.occupation]!,
      worked_abroad: p.workedAbroad ? 'yes' : 'no',
      intention: INTENTION_CODES[p.intention]!,
      dest_1: codes[0] ?? '',
      dest_2: codes[1] ?? '',
      dest_3: codes[2] ?? '',
      considered: considered.map((d) => model.codes[d]).join(' '),
      ...drawReadiness(p, codes, rng),
    });
  }
  return { wave, size: n, rakeIterations: raked.iterations, rakeError: raked.maxRelativeError };
}
