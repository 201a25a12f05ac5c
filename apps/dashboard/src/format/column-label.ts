import type { Lang } from '@minat/core';

/** Result columns in words, English and Indonesian (the CSV keeps the column names). */
const LABELS: Record<string, { en: string; id: string }> = {
  rank: { en: 'Rank', id: 'Peringkat' },
  destination: { en: 'Destination', id: 'Tujuan' },
  name: { en: 'Name', id: 'Nama' },
  measure: { en: 'Measure', id: 'Ukuran' },
  base: { en: 'Base', id: 'Basis' },
  estimate: { en: 'Estimate', id: 'Estimasi' },
  se: { en: 'Standard error', id: 'Galat baku' },
  ci_low: { en: 'Interval, low', id: 'Selang, bawah' },
  ci_high: { en: 'Interval, high', id: 'Selang, atas' },
  df: { en: 'Degrees of freedom', id: 'Derajat bebas' },
  deff: { en: 'Design effect', id: 'Efek desain' },
  n_unweighted: { en: 'Base n (unweighted)', id: 'Basis n (tanpa bobot)' },
  n_weighted: { en: 'Base (weighted)', id: 'Basis (berbobot)' },
  count_unweighted: { en: 'Respondents (unweighted)', id: 'Responden (tanpa bobot)' },
  n_eff: { en: 'Effective sample size', id: 'Ukuran sampel efektif' },
  cv: { en: 'Coefficient of variation', id: 'Koefisien variasi' },
  flags: { en: 'Flags', id: 'Tanda' },
  diff_next: { en: 'Lead over next', id: 'Selisih dgn berikutnya' },
  diff_next_se: { en: 'SE of lead', id: 'Galat baku selisih' },
  diff_next_p: { en: 'p of lead', id: 'p selisih' },
  tie_group: { en: 'Tie group', id: 'Kelompok setara' },
  p_first: { en: 'P(first)', id: 'P(pertama)' },
  rank_low: { en: 'Rank interval, low', id: 'Selang peringkat, bawah' },
  rank_high: { en: 'Rank interval, high', id: 'Selang peringkat, atas' },
  wave: { en: 'Wave', id: 'Putaran' },
  province: { en: 'Province', id: 'Provinsi' },
  island_group: { en: 'Island group', id: 'Kelompok pulau' },
  group: { en: 'Group', id: 'Kelompok' },
  reference: { en: 'Reference', id: 'Acuan' },
  group_estimate: { en: 'Group estimate', id: 'Estimasi kelompok' },
  reference_estimate: { en: 'Reference estimate', id: 'Estimasi acuan' },
  difference: { en: 'Difference', id: 'Selisih' },
  p_value: { en: 'p-value', id: 'Nilai p' },
  ratio: { en: 'Ratio', id: 'Rasio' },
  from_wave: { en: 'From wave', id: 'Dari putaran' },
  to_wave: { en: 'To wave', id: 'Ke putaran' },
  from_estimate: { en: 'From', id: 'Dari' },
  to_estimate: { en: 'To', id: 'Ke' },
  change: { en: 'Change', id: 'Perubahan' },
  span: { en: 'Span', id: 'Rentang' },
  indicator: { en: 'Indicator', id: 'Indikator' },
  requirement: { en: 'Requirement', id: 'Persyaratan' },
  survey_share: { en: 'Preference share', id: 'Persentase preferensi' },
  survey_ci_low: { en: 'Preference interval, low', id: 'Selang preferensi, bawah' },
  survey_ci_high: { en: 'Preference interval, high', id: 'Selang preferensi, atas' },
  placement_year: { en: 'Placement year', id: 'Tahun penempatan' },
  placement_count: { en: 'Placements', id: 'Penempatan' },
  placement_total: { en: 'Placements, all destinations', id: 'Penempatan, semua tujuan' },
  placement_share: { en: 'Placement share', id: 'Persentase penempatan' },
  gap: { en: 'Gap (points)', id: 'Selisih (poin)' },
  confidence: { en: 'Confidence', id: 'Keyakinan' },
  note: { en: 'Note', id: 'Catatan' },
  source_key: { en: 'Source', id: 'Sumber' },
  source_url: { en: 'Source address', id: 'Alamat sumber' },
};

/**
 * A result column in words for a table header (the column name itself is shown beside it, as in the
 * CSV); undefined for a column without a label (e.g. a survey's own dimension key), shown by name.
 * @example columnLabel('ci_low', 'id') // 'Selang, bawah'
 */
export function columnLabel(column: string, lang: Lang): string | undefined {
  return LABELS[column]?.[lang];
}
