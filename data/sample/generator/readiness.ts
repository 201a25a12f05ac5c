import type { Rng } from './prng.ts';
import type { Profile } from './respondents.ts';

/** Readiness answers, as written to `survey.csv`. */
export interface ReadinessAnswers {
  jlpt: string;
  jft_basic: string;
  cefr_german: string;
  eps_topik: string;
  skill_cert: string;
}

/** Probability of holding any level, by intention (interest, plan, preparing), for a first choice. */
const JLPT_ANY = [0.26, 0.45, 0.75];
const JLPT_LEVELS = [
  [0.62, 0.28, 0.08, 0.018, 0.002],
  [0.52, 0.34, 0.11, 0.027, 0.003],
  [0.4, 0.4, 0.15, 0.045, 0.005],
];
const JFT_PASS = [0.05, 0.13, 0.35];
const CEFR_ANY = [0.25, 0.45, 0.8];
const CEFR_LEVELS = [
  [0.55, 0.25, 0.14, 0.05, 0.01],
  [0.42, 0.28, 0.2, 0.09, 0.01],
  [0.25, 0.27, 0.3, 0.16, 0.02],
];
const EPS_PASSED = [0.1, 0.3, 0.6];
const EPS_FAILED = [0.1, 0.18, 0.22];
const CERT = [0.17, 0.3, 0.45];
/** Certificate multiplier by education (SD, SMP, SMA, SMK, D3, S1). */
const CERT_BY_EDUCATION = [0.6, 0.85, 0.9, 1.3, 1.4, 1.4];

/** Scale of a probability by where the destination sits in the ranking. */
function rankFactor(ranked: string[], code: string): number {
  const rank = ranked.indexOf(code);
  return rank === 0 ? 1 : rank > 0 ? 0.35 : 0;
}

/**
 * Draws language-test and certificate answers conditional on the ranked preferences and the intention
 * stage: Japanese tests mostly among those who rank Japan (more at `preparing`), German CEFR among those
 * ranking Germany, EPS-TOPIK among those ranking Korea (rarely above age 39, the EPS limit). Lampung's
 * young SMK graduates (kelas migran) often hold JLPT N5.
 *
 * @param p - the respondent's profile
 * @param ranked - ranked destination codes, first choice first (may be empty)
 * @param rng - the wave's generator
 * @returns the five readiness answers
 * @example
 * ```ts
 * drawReadiness(profile, ['JP', 'KR'], rng).jlpt; // 'none', 'N5', … 'N1'
 * ```
 */
export function drawReadiness(p: Profile, ranked: string[], rng: Rng): ReadinessAnswers {
  const stage = p.intention;
  const jp = rankFactor(ranked, 'JP');
  let jlptAny = jp > 0 ? JLPT_ANY[stage]! * jp : 0.02;
  const kelasMigran = p.province === '18' && p.education === 3 && p.ageGroup === 0;
  if (kelasMigran) jlptAny += (1 - jlptAny) * 0.5;
  let jlpt = 'none';
  if (rng.chance(jlptAny)) {
    const levels = kelasMigran ? [0.8, 0.16, 0.04, 0, 0] : JLPT_LEVELS[stage]!;
    jlpt = ['N5', 'N4', 'N3', 'N2', 'N1'][rng.weighted(levels)]!;
  }
  const n4plus = jlpt !== 'none' && jlpt !== 'N5';
  const jftPass = jp > 0 ? JFT_PASS[stage]! * (jp === 1 ? 1 : 0.3) * (n4plus ? 1.5 : 1) : 0.003;
  const jft_basic = rng.chance(jftPass) ? 'pass' : 'none';

  const de = rankFactor(ranked, 'DE');
  let cefrAny = de > 0 ? CEFR_ANY[stage]! * de : 0.01;
  if (de > 0 && p.education >= 4) cefrAny += (1 - cefrAny) * 0.2;
  const cefr_german = rng.chance(cefrAny)
    ? ['A1', 'A2', 'B1', 'B2', 'C1'][rng.weighted(CEFR_LEVELS[stage]!)]!
    : 'none';

  const kr = rankFactor(ranked, 'KR') * (p.age > 39 ? 0.05 : 1);
  const passed = kr > 0 ? EPS_PASSED[stage]! * kr : 0.003;
  const failed = kr > 0 ? EPS_FAILED[stage]! * kr : 0.005;
  const eps_topik = ['passed', 'not_passed', 'none'][rng.weighted([passed, failed, 1 - passed - failed])]!;

  const cert = CERT[stage]! * CERT_BY_EDUCATION[p.education]! * (p.workedAbroad ? 1.2 : 1);
  const skill_cert = rng.chance(Math.min(cert, 0.9)) ? 'yes' : 'no';
  return { jlpt, jft_basic, cefr_german, eps_topik, skill_cert };
}
