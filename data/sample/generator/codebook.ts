import type { LookupRef } from './reference.ts';

/**
 * Codes and English/Indonesian labels of the categorical columns that are not read from `data/reference`
 * (provinces, destinations, education levels and age groups are). Used by the schema, the XLSForm and the
 * KoBo export, so all three agree.
 *
 * @example
 * ```ts
 * CODEBOOK.sex.find((c) => c.code === 'F')?.id; // 'Perempuan'
 * ```
 */
export const CODEBOOK = {
  sex: [
    { code: 'M', en: 'Male', id: 'Laki-laki' },
    { code: 'F', en: 'Female', id: 'Perempuan' },
  ],
  occupation: [
    { code: 'domestic', en: 'Domestic work', id: 'Pekerjaan rumah tangga' },
    { code: 'care', en: 'Care work (caregiver, nurse)', id: 'Perawatan (caregiver, perawat)' },
    { code: 'manufacturing', en: 'Manufacturing', id: 'Manufaktur/pabrik' },
    { code: 'construction', en: 'Construction', id: 'Konstruksi' },
    { code: 'agriculture_fishery', en: 'Agriculture and fishery', id: 'Pertanian dan perikanan' },
    { code: 'hospitality', en: 'Hospitality (hotel, restaurant)', id: 'Perhotelan dan restoran' },
    { code: 'other', en: 'Other', id: 'Lainnya' },
  ],
  yesNo: [
    { code: 'yes', en: 'Yes', id: 'Ya' },
    { code: 'no', en: 'No', id: 'Tidak' },
  ],
  intention: [
    { code: 'interest', en: 'Interested, no concrete plan', id: 'Berminat, belum ada rencana' },
    { code: 'plan', en: 'Planning to go within 1–3 years', id: 'Berencana berangkat dalam 1–3 tahun' },
    { code: 'preparing', en: 'Preparing (training, documents)', id: 'Sedang bersiap (pelatihan, dokumen)' },
  ],
  jlpt: [
    { code: 'none', en: 'None', id: 'Tidak ada' },
    { code: 'N5', en: 'N5', id: 'N5' },
    { code: 'N4', en: 'N4', id: 'N4' },
    { code: 'N3', en: 'N3', id: 'N3' },
    { code: 'N2', en: 'N2', id: 'N2' },
    { code: 'N1', en: 'N1', id: 'N1' },
  ],
  jft: [
    { code: 'none', en: 'None', id: 'Tidak ada' },
    { code: 'pass', en: 'Passed (A2)', id: 'Lulus (A2)' },
  ],
  cefr: [
    { code: 'none', en: 'None', id: 'Tidak ada' },
    { code: 'A1', en: 'A1', id: 'A1' },
    { code: 'A2', en: 'A2', id: 'A2' },
    { code: 'B1', en: 'B1', id: 'B1' },
    { code: 'B2', en: 'B2', id: 'B2' },
    { code: 'C1', en: 'C1', id: 'C1' },
  ],
  eps: [
    { code: 'none', en: 'Not taken', id: 'Belum ikut' },
    { code: 'passed', en: 'Passed', id: 'Lulus' },
    { code: 'not_passed', en: 'Not passed', id: 'Tidak lulus' },
  ],
  otherCountry: { code: 'ZZ', en: 'Other country', id: 'Negara lain' },
} satisfies Record<string, LookupRef[] | LookupRef>;

/**
 * The question (column) labels in English and Indonesian, keyed by column of `survey.csv`.
 *
 * @example
 * ```ts
 * QUESTION_LABELS.province.id; // 'Provinsi asal'
 * ```
 */
export const QUESTION_LABELS: Record<string, { en: string; id: string }> = {
  resp_id: { en: 'Respondent ID', id: 'ID responden' },
  wave: { en: 'Survey wave', id: 'Gelombang survei' },
  province: { en: 'Province of origin', id: 'Provinsi asal' },
  regency: { en: 'BPS code of the regency or city', id: 'Kode BPS kabupaten atau kota' },
  weight: { en: 'Survey weight', id: 'Bobot survei' },
  sex: { en: 'Sex', id: 'Jenis kelamin' },
  age: { en: 'Age (years)', id: 'Umur (tahun)' },
  age_group: { en: 'Age group', id: 'Kelompok umur' },
  education: { en: 'Highest education completed', id: 'Pendidikan tertinggi yang ditamatkan' },
  occupation: { en: 'Intended job sector abroad', id: 'Bidang pekerjaan yang diminati' },
  worked_abroad: { en: 'Worked abroad before', id: 'Pernah bekerja di luar negeri' },
  intention: { en: 'Stage of migration intention', id: 'Tahap niat bekerja ke luar negeri' },
  destination: { en: 'Preferred destination countries (top 3)', id: 'Negara tujuan pilihan (3 teratas)' },
  dest_1: { en: 'Preferred destination: first choice', id: 'Negara tujuan pilihan pertama' },
  dest_2: { en: 'Preferred destination: second choice', id: 'Negara tujuan pilihan kedua' },
  dest_3: { en: 'Preferred destination: third choice', id: 'Negara tujuan pilihan ketiga' },
  considered: { en: 'Countries considered', id: 'Negara yang dipertimbangkan' },
  jlpt: { en: 'JLPT level passed', id: 'Level JLPT yang lulus' },
  jft_basic: { en: 'JFT-Basic result', id: 'Hasil JFT-Basic' },
  cefr_german: { en: 'German level (CEFR)', id: 'Level bahasa Jerman (CEFR)' },
  eps_topik: { en: 'EPS-TOPIK result', id: 'Hasil EPS-TOPIK' },
  skill_cert: { en: 'Holds a skill certificate', id: 'Memiliki sertifikat keahlian' },
};
