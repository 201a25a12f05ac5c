import type { Lang, ValidatedSurvey } from '@minat/core';

/**
 * The methodology appendix as plain-text paragraphs (title, text): design, weighting, interval
 * method, reliability standard and suppression, stated from the survey's schema.
 *
 * @param survey - the validated survey
 * @param lang - `en` or `id`
 * @returns `[heading, paragraph]` pairs (escape them before writing HTML)
 * @example methodology(survey, 'en')[0] // ['Design', 'Stratified by province, …']
 */
export function methodology(survey: ValidatedSurvey, lang: Lang): [string, string][] {
  const { schema } = survey;
  const en = lang === 'en';
  const waves = survey.wave ? survey.wave.levels.length : 1;
  const design = [
    schema.strata
      ? en
        ? `stratified by ${schema.strata}`
        : `strata ${schema.strata}`
      : en
        ? 'one stratum'
        : 'satu strata',
    schema.psu
      ? en
        ? `clusters (PSUs) ${schema.psu}, nested in strata`
        : `klaster (PSU) ${schema.psu}, bersarang dalam strata`
      : en
        ? 'each respondent its own sampling unit'
        : 'setiap responden satu unit sampling',
  ].join(', ');
  const n = survey.n.toLocaleString(en ? 'en-GB' : 'id-ID');
  return [
    [
      en ? 'Design' : 'Desain',
      en
        ? `${n} accepted responses in ${waves} wave(s); ${design}. Waves are treated as independent samples. Variances by Taylor linearisation (with-replacement approximation).`
        : `${n} jawaban diterima dalam ${waves} putaran; ${design}. Putaran diperlakukan sebagai sampel independen. Varians dengan linearisasi Taylor (pendekatan dengan pengembalian).`,
    ],
    [
      en ? 'Weighting' : 'Pembobotan',
      survey.weighted
        ? en
          ? `Estimates use the final survey weights in column ${schema.weight}.`
          : `Estimasi menggunakan bobot akhir survei pada kolom ${schema.weight}.`
        : en
          ? 'The data have no weight column: every response counts equally.'
          : 'Data tidak memiliki kolom bobot: setiap jawaban dihitung sama.',
    ],
    [
      en ? 'Confidence intervals' : 'Selang kepercayaan',
      en
        ? '95% intervals by the logit method with design degrees of freedom (as R survey svyciprop, method "logit"). The probability of being first and rank intervals come from 1,000 Rao–Wu rescaling bootstrap replicates with a fixed seed; destinations whose shares do not differ significantly (5% level) are marked as tied.'
        : 'Selang 95% dengan metode logit dan derajat bebas desain (seperti svyciprop pada paket R survey, metode "logit"). Peluang menjadi yang pertama dan selang peringkat berasal dari 1.000 replikasi bootstrap Rao–Wu dengan seed tetap; negara tujuan yang pangsanya tidak berbeda signifikan (taraf 5%) ditandai setara.',
    ],
    [
      en ? 'Reliability standard' : 'Standar keandalan',
      en
        ? 'Each estimate is assessed with the NCHS data presentation standard for proportions (effective sample size at least 30, Korn–Graubard interval width and relative width). Estimates that fail it are shown faded or in brackets and marked as less reliable.'
        : 'Setiap estimasi dinilai dengan standar penyajian data NCHS untuk proporsi (ukuran sampel efektif minimal 30, lebar selang Korn–Graubard absolut dan relatif). Estimasi yang tidak memenuhinya ditampilkan pudar atau dalam kurung dan ditandai kurang andal.',
    ],
    [
      en ? 'Suppression' : 'Penyembunyian',
      en
        ? 'Shares based on fewer than 5 respondents choosing the destination, or on a base of fewer than 30 respondents, are suppressed (with any cell that would let them be worked out): they are not shown in charts, tables, CSV files or findings, and are marked "suppressed", never as zero.'
        : 'Pangsa yang didasarkan pada kurang dari 5 responden yang memilih negara tujuan, atau pada basis kurang dari 30 responden, disembunyikan (bersama sel yang memungkinkan nilainya dihitung): tidak ditampilkan dalam grafik, tabel, berkas CSV, maupun temuan, dan ditandai "disembunyikan", tidak pernah sebagai nol.',
    ],
  ];
}
