import type { Rng } from './prng.ts';

/** Education codes, in display order. */
export const EDUCATION_CODES = ['SD', 'SMP', 'SMA', 'SMK', 'D3', 'S1'] as const;
/** Occupation sector codes, in display order. */
export const OCCUPATION_CODES = [
  'domestic',
  'care',
  'manufacturing',
  'construction',
  'agriculture_fishery',
  'hospitality',
  'other',
] as const;
/** Intention stages, in order. */
export const INTENTION_CODES = ['interest', 'plan', 'preparing'] as const;

/** A respondent's characteristics (everything but destination and readiness). */
export interface Profile {
  /** BPS province code. */
  province: string;
  /** 0 = male, 1 = female. */
  sex: 0 | 1;
  age: number;
  /** Index into the PMI-survey age groups: 0 = 18–24 … 5 = 45+. */
  ageGroup: number;
  /** Index into {@link EDUCATION_CODES}. */
  education: number;
  /** Index into {@link OCCUPATION_CODES}. */
  occupation: number;
  workedAbroad: boolean;
  /** Index into {@link INTENTION_CODES}. */
  intention: number;
}

const AGE_GROUPS: [min: number, max: number][] = [
  [18, 24],
  [25, 29],
  [30, 34],
  [35, 39],
  [40, 44],
  [45, 55],
];
const AGE_WEIGHTS = [
  [0.36, 0.25, 0.17, 0.12, 0.06, 0.04],
  [0.3, 0.24, 0.19, 0.13, 0.08, 0.06],
];
/** SD, SMP, SMA, SMK, D3, S1 by age group: older respondents have less schooling. */
const EDUCATION_WEIGHTS = [
  [0.07, 0.22, 0.3, 0.33, 0.05, 0.03],
  [0.1, 0.25, 0.28, 0.27, 0.06, 0.04],
  [0.16, 0.3, 0.25, 0.19, 0.06, 0.04],
  [0.22, 0.32, 0.24, 0.13, 0.05, 0.04],
  [0.28, 0.33, 0.22, 0.1, 0.04, 0.03],
  [0.36, 0.32, 0.19, 0.07, 0.03, 0.03],
];
/** Sector by sex (male, female), in {@link OCCUPATION_CODES} order. */
const OCCUPATION_WEIGHTS = [
  [0.03, 0.06, 0.32, 0.18, 0.22, 0.1, 0.09],
  [0.42, 0.26, 0.14, 0.005, 0.03, 0.08, 0.065],
];
/** Sector multipliers by education (SD, SMK, D3/S1). */
const OCCUPATION_BY_EDUCATION: Record<number, number[]> = {
  0: [1.4, 0.6, 1, 1.2, 1.4, 0.7, 1],
  3: [1, 1, 1.4, 1, 1, 1.2, 1],
  4: [0.3, 1.8, 1, 0.5, 0.6, 1, 2],
  5: [0.3, 1.8, 1, 0.5, 0.6, 1, 2],
};
const WORKED_ABROAD = [0.08, 0.22, 0.32, 0.38, 0.42, 0.45];

/**
 * Draws a respondent's age, education, job sector, prior work abroad and intention stage, given the
 * province and sex fixed by the sample design. Lampung's young SMK graduates (the kelas-migran cohort)
 * are more often at the `preparing` stage.
 *
 * @param province - BPS province code
 * @param sex - 0 = male, 1 = female
 * @param rng - the wave's generator
 * @returns the profile
 * @example
 * ```ts
 * const p = drawProfile('18', 1, createRng(1));
 * ```
 */
export function drawProfile(province: string, sex: 0 | 1, rng: Rng): Profile {
  const ageGroup = rng.weighted(AGE_WEIGHTS[sex]!);
  const [min, max] = AGE_GROUPS[ageGroup]!;
  const age = rng.int(min, max);
  const eduWeights = [...EDUCATION_WEIGHTS[ageGroup]!];
  if (province === '18') eduWeights[3]! *= 1.6;
  const education = rng.weighted(eduWeights);
  const byEdu = OCCUPATION_BY_EDUCATION[education];
  const occWeights = OCCUPATION_WEIGHTS[sex]!.map((w, i) => w * (byEdu?.[i] ?? 1));
  const occupation = rng.weighted(occWeights);
  const abroad = WORKED_ABROAD[ageGroup]! * (sex === 1 ? 1.1 : 0.88) * (occupation === 0 ? 1.2 : 1);
  const workedAbroad = rng.chance(Math.min(abroad, 0.9));
  const stage = [0.56, 0.32, 0.13];
  if (workedAbroad) {
    stage[1]! *= 1.2;
    stage[2]! *= 1.9;
  }
  if (ageGroup === 0) stage[0]! *= 1.25;
  if (province === '18' && education === 3 && ageGroup === 0) {
    stage[1]! *= 1.3;
    stage[2]! *= 1.8;
  }
  const intention = rng.weighted(stage);
  return { province, sex, age, ageGroup, education, occupation, workedAbroad, intention };
}
