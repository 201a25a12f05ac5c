import { EFFECTS, type Multipliers } from './effects.ts';
import { createRng, deriveSeed } from './prng.ts';
import type { DestinationRef, ProvinceRef } from './reference.ts';
import type { Profile } from './respondents.ts';

/** The destination-choice model: log-utility effects of a respondent's characteristics. */
export interface PreferenceModel {
  /** Destination codes: the ISO codes of `destinations.csv` in file order, then `ZZ` (other country). */
  codes: string[];
  /** Policy region index of each code (`ZZ` has a region of its own). */
  regions: Int32Array;
  /** Writes the log-utility effects (without the wave intercepts) for a respondent into `out`. */
  effects(profile: Profile, regency: string | undefined, out: Float64Array): void;
}

/**
 * Builds the multinomial-logit preference model. Effects multiply: sex, education, age group, prior
 * work abroad, sector, province (the leanings of {@link EFFECTS} times a seeded random factor, sd 0.25 on the
 * log scale) and regency (seeded random factor, sd 0.35: migration networks cluster by place, which gives
 * the PSUs an intra-cluster correlation).
 *
 * @param destinations - the reference destinations
 * @param provinces - the reference provinces
 * @param seed - master seed (province and regency factors depend on it, not on the wave)
 * @returns the model
 * @example
 * ```ts
 * const model = createPreferenceModel(ref.destinations, ref.provinces, 20260212);
 * ```
 */
export function createPreferenceModel(
  destinations: DestinationRef[],
  provinces: ProvinceRef[],
  seed: number,
): PreferenceModel {
  const codes = [...destinations.map((d) => d.iso2), 'ZZ'];
  const regionNames = [...destinations.map((d) => d.policyRegion), 'Other'];
  const regions = Int32Array.from(regionNames, (r) => regionNames.indexOf(r));
  const k = codes.length;
  const table = (m: Multipliers): Float64Array => Float64Array.from(codes, (c) => Math.log(m[c] ?? 1));
  const female = table(EFFECTS.female);
  const education = EFFECTS.education.map(table);
  const age = EFFECTS.age.map(table);
  const abroad = table(EFFECTS.workedAbroad);
  const occupation = EFFECTS.occupation.map(table);
  const provRng = createRng(deriveSeed(seed, 'province-effects'));
  const province = new Map<string, Float64Array>();
  for (const p of provinces) {
    const t = table(EFFECTS.province[p.code] ?? {});
    for (let d = 0; d < k; d++) t[d]! += 0.25 * provRng.normal();
    province.set(p.code, t);
  }
  const regencyCache = new Map<string, Float64Array>();
  const regencyEffects = (regency: string): Float64Array => {
    let t = regencyCache.get(regency);
    if (!t) {
      const rng = createRng(deriveSeed(seed, `regency-${regency}`));
      t = Float64Array.from(codes, () => 0.35 * rng.normal());
      regencyCache.set(regency, t);
    }
    return t;
  };
  return {
    codes,
    regions,
    effects(p, regency, out) {
      const edu = education[p.education]!;
      const ag = age[p.ageGroup]!;
      const occ = occupation[p.occupation]!;
      const prov = province.get(p.province)!;
      const reg = regency === undefined ? undefined : regencyEffects(regency);
      for (let d = 0; d < k; d++) {
        let u = edu[d]! + ag[d]! + occ[d]! + prov[d]!;
        if (p.sex === 1) u += female[d]!;
        if (p.workedAbroad) u += abroad[d]!;
        if (reg) u += reg[d]!;
        out[d] = u;
      }
    },
  };
}
