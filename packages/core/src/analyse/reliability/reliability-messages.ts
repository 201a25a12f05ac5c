type Params = Record<string, string | number | boolean | undefined>;
type Template = (p: Params) => string;

const pct = (x: unknown) => `${Number((Number(x) * 100).toPrecision(12))}%`;
const pp = (x: unknown) => `${Number((Number(x) * 100).toPrecision(12))}`;

/**
 * User-facing texts of reliability and suppression, in English and Indonesian, keyed by code:
 * `reliability-<reason>` for each reason of an assessment (params: the standard's thresholds),
 * `flag-<flag>` for the legend of each reliability flag (param `standard`), `suppressed-<reason>`
 * (params `numerator`, `denominator`, `range`) and `suppression-note` (params `count`, `reasons`).
 * Same shape as the templates of `messages.ts`, so they can be merged there.
 * @example reliabilityMessages['reliability-n'].en({ minN: 30 }) // 'fewer than 30 respondents in the base'
 */
export const reliabilityMessages: Record<string, { en: Template; id: Template }> = {
  'reliability-n-eff': {
    en: (p) => `effective sample size below ${p.minNEff}`,
    id: (p) => `ukuran sampel efektif di bawah ${p.minNEff}`,
  },
  'reliability-ciw': {
    en: (p) => `confidence interval ${pp(p.maxCiw)} percentage points wide or wider`,
    id: (p) => `selang kepercayaan selebar ${pp(p.maxCiw)} poin persen atau lebih`,
  },
  'reliability-rciw': {
    en: (p) => `confidence interval wider than ${pct(p.maxRciw)} of the estimate`,
    id: (p) => `selang kepercayaan lebih lebar dari ${pct(p.maxRciw)} estimasi`,
  },
  'reliability-rciw-undefined': {
    en: (p) => `a 0% share with a confidence interval wider than ${pp(p.narrowCiw)} percentage points`,
    id: (p) => `pangsa 0% dengan selang kepercayaan lebih lebar dari ${pp(p.narrowCiw)} poin persen`,
  },
  'reliability-boundary': {
    en: () => 'a share of 0% or 100%',
    id: () => 'pangsa 0% atau 100%',
  },
  'reliability-df-low': {
    en: (p) => `fewer than ${p.minDf} design degrees of freedom`,
    id: (p) => `derajat bebas desain kurang dari ${p.minDf}`,
  },
  'reliability-complement-footnote': {
    en: () => 'the complement (100% minus the share) may be unreliable',
    id: () => 'komplemennya (100% dikurangi pangsa) mungkin tidak andal',
  },
  'reliability-rse-caution': {
    en: (p) => `relative standard error above ${pct(p.maxUsable)}, up to ${pct(p.maxCaution)}`,
    id: (p) => `galat baku relatif di atas ${pct(p.maxUsable)}, paling tinggi ${pct(p.maxCaution)}`,
  },
  'reliability-rse-unreliable': {
    en: (p) => `relative standard error above ${pct(p.maxCaution)}`,
    id: (p) => `galat baku relatif di atas ${pct(p.maxCaution)}`,
  },
  'reliability-rse-undefined': {
    en: () => 'a share of 0%, whose relative standard error is undefined',
    id: () => 'pangsa 0%, sehingga galat baku relatifnya tidak terdefinisi',
  },
  'reliability-n': {
    en: (p) => `fewer than ${p.minN} respondents in the base`,
    id: (p) => `dasar kurang dari ${p.minN} responden`,
  },
  'flag-unreliable': {
    en: (p) => `unreliable under the ${p.standard} standard: do not read the number as an estimate`,
    id: (p) => `tidak andal menurut standar ${p.standard}: jangan baca angkanya sebagai estimasi`,
  },
  'flag-caution': {
    en: (p) => `use with caution under the ${p.standard} standard`,
    id: (p) => `pakai dengan hati-hati menurut standar ${p.standard}`,
  },
  'flag-review': {
    en: () => 'to be reviewed by a statistician before publication',
    id: () => 'perlu ditinjau ahli statistik sebelum dipublikasikan',
  },
  'flag-df-low': {
    en: () => 'few design degrees of freedom: the standard error itself is uncertain',
    id: () => 'derajat bebas desain sedikit: galat bakunya sendiri tidak pasti',
  },
  'flag-complement-footnote': {
    en: () => 'the complement (100% minus the share) may be unreliable',
    id: () => 'komplemennya (100% dikurangi pangsa) mungkin tidak andal',
  },
  'suppressed-denominator': {
    en: (p) => `fewer than ${p.denominator} respondents in the base`,
    id: (p) => `dasar kurang dari ${p.denominator} responden`,
  },
  'suppressed-numerator': {
    en: (p) => `${p.range} ${p.range === '1' ? 'respondent' : 'respondents'} chose the destination`,
    id: (p) => `hanya ${p.range} responden memilih tujuan tersebut`,
  },
  'suppressed-complement': {
    en: (p) => `${p.range} ${p.range === '1' ? 'respondent' : 'respondents'} in the base did not choose it`,
    id: (p) => `hanya ${p.range} responden dalam dasar yang tidak memilihnya`,
  },
  'suppressed-component': {
    en: () => 'a difference involves a suppressed cell',
    id: () => 'selisihnya melibatkan sel yang disembunyikan',
  },
  'suppression-note': {
    en: (p) =>
      `${p.count} ${p.count === 1 ? 'cell' : 'cells'} suppressed (left blank, not zero): ${p.reasons}.`,
    id: (p) => `${p.count} sel disembunyikan (dikosongkan, bukan nol): ${p.reasons}.`,
  },
};
