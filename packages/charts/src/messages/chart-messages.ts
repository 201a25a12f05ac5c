/** Values a message names; numbers arrive already formatted for the language. */
export type MessageParams = Record<string, string | number | undefined>;
type Template = (p: MessageParams) => string;

const s = (v: string | number | undefined) => String(v ?? '');

/**
 * Every user-visible text of `@minat/charts`, in English and Indonesian: titles, subtitles, axis and
 * legend titles, labels, footer lines, alt text phrases and option errors. Builders read text only
 * through {@link chartMessage}, so wording lives here.
 * @example chartMessages['suppressed']!.id({}) // 'disembunyikan'
 */
export const chartMessages: Record<string, { en: Template; id: Template }> = {
  // labels
  suppressed: { en: () => 'suppressed', id: () => 'disembunyikan' },
  'no-estimate': { en: () => 'no estimate', id: () => 'tanpa estimasi' },
  'not-published': { en: () => 'not published', id: () => 'tidak dipublikasikan' },
  'other-destinations': { en: () => 'Other destinations', id: () => 'Tujuan lain' },
  tie: { en: () => 'tie', id: () => 'setara' },
  'status-reliable': { en: () => 'Reliable', id: () => 'Andal' },
  'status-caution': { en: () => 'Use with caution', id: () => 'Hati-hati' },
  'status-unreliable': { en: () => 'Unreliable', id: () => 'Tidak andal' },
  'status-suppressed': { en: () => 'Suppressed', id: () => 'Disembunyikan' },
  'status-missing': { en: () => 'No estimate', id: () => 'Tanpa estimasi' },
  'measure-first': { en: () => 'first choice', id: () => 'pilihan pertama' },
  'measure-any': { en: () => 'any of their choices', id: () => 'salah satu pilihan' },
  'measure-respondents': { en: () => 'a choice', id: () => 'salah satu pilihan' },
  'measure-mentions': { en: () => 'a share of all mentions', id: () => 'bagian dari semua sebutan' },
  'measure-borda': { en: () => 'a share of Borda points', id: () => 'bagian dari poin Borda' },
  'indicator-stage:none': { en: () => 'Not intending', id: () => 'Tidak berniat' },
  'indicator-stage:interest': { en: () => 'Interested', id: () => 'Berminat' },
  'indicator-stage:plan': { en: () => 'Planning', id: () => 'Berencana' },
  'indicator-stage:preparing': { en: () => 'Preparing', id: () => 'Sedang bersiap' },
  'indicator-stage:plan+': { en: () => 'Planning or preparing', id: () => 'Berencana atau bersiap' },
  'indicator-language': { en: () => 'Meets the language requirement', id: () => 'Memenuhi syarat bahasa' },
  'indicator-certificate': { en: () => 'Holds a skill certificate', id: () => 'Punya sertifikat keahlian' },
  'series-survey': { en: () => 'Survey: first choice', id: () => 'Survei: pilihan pertama' },
  'series-placements': { en: (p) => `Placements ${s(p.year)}`, id: (p) => `Penempatan ${s(p.year)}` },
  'change-up': { en: () => 'Significant rise', id: () => 'Naik nyata' },
  'change-down': { en: () => 'Significant fall', id: () => 'Turun nyata' },
  significant: { en: (p) => `Significant (p < ${s(p.alpha)})`, id: (p) => `Nyata (p < ${s(p.alpha)})` },
  'not-significant': { en: () => 'Not significant', id: () => 'Tidak nyata' },
  'no-clear-first': { en: () => 'No clear first (tie)', id: () => 'Tak ada yang jelas teratas (setara)' },
  // axes and legends
  'axis-share': { en: () => 'Share of respondents', id: () => 'Persentase responden' },
  'axis-share-supporters': {
    en: () => 'Share of those preferring the destination',
    id: () => 'Persentase peminat negara tujuan',
  },
  'axis-points': { en: () => 'Points', id: () => 'Poin' },
  'axis-rank': { en: () => 'Rank', id: () => 'Peringkat' },
  'axis-wave': { en: () => 'Survey wave', id: () => 'Putaran survei' },
  'axis-difference': { en: () => 'Difference (percentage points)', id: () => 'Selisih (poin persen)' },
  'legend-reliability': { en: () => 'Reliability', id: () => 'Keandalan' },
  'legend-share': { en: () => 'Share', id: () => 'Persentase' },
  'legend-change': {
    en: () => 'Change from the previous wave',
    id: () => 'Perubahan dari putaran sebelumnya',
  },
  'legend-top': { en: () => 'First destination', id: () => 'Tujuan teratas' },
  'legend-destination': { en: () => 'Destination', id: () => 'Negara tujuan' },
  'tooltip-ci-low': { en: () => 'Interval, low', id: () => 'Selang, bawah' },
  'tooltip-ci-high': { en: () => 'Interval, high', id: () => 'Selang, atas' },
  'tooltip-p-first': { en: () => 'Probability of being first', id: () => 'Peluang menjadi yang pertama' },
  'tooltip-rank-interval': { en: () => 'Rank interval', id: () => 'Selang peringkat' },
  'not-computed': { en: () => 'not computed', id: () => 'belum dihitung' },
  'tooltip-reliability': { en: () => 'Reliability', id: () => 'Keandalan' },
  'legend-stage': { en: () => 'Intention', id: () => 'Niat' },
  'legend-indicator': { en: () => 'Readiness', id: () => 'Kesiapan' },
  'legend-difference': { en: () => 'Difference', id: () => 'Selisih' },
  'legend-source': { en: () => 'Measure', id: () => 'Ukuran' },
  'legend-cell': { en: () => 'Cell', id: () => 'Sel' },
  // titles and subtitles
  'ranking-title': {
    en: () => 'Where would-be migrant workers want to work',
    id: () => 'Negara tujuan yang diminati calon pekerja migran',
  },
  'ranking-subtitle': {
    en: (p) => `Share naming each destination as ${s(p.measure)}, with ${s(p.level)}% confidence intervals`,
    id: (p) =>
      `Persentase yang menyebut tiap negara tujuan sebagai ${s(p.measure)}, dengan selang kepercayaan ${s(p.level)}%`,
  },
  'ranking-ties': {
    en: () => 'Brackets join destinations whose shares do not differ significantly',
    id: () => 'Kurung menghubungkan negara tujuan yang persentasenya tidak berbeda nyata',
  },
  'trend-title': {
    en: () => 'Destination preferences across survey waves',
    id: () => 'Preferensi negara tujuan antarputaran survei',
  },
  'trend-subtitle': {
    en: (p) =>
      `Share naming each destination as ${s(p.measure)}, with ${s(p.level)}% confidence bands; triangles mark a significant change from the previous wave`,
    id: (p) =>
      `Persentase yang menyebut tiap negara tujuan sebagai ${s(p.measure)}, dengan pita kepercayaan ${s(p.level)}%; segitiga menandai perubahan nyata dari putaran sebelumnya`,
  },
  'bump-title': {
    en: () => 'Rank of destinations across waves',
    id: () => 'Peringkat negara tujuan antarputaran',
  },
  'bump-subtitle': {
    en: (p) => `Rank by share (1 = most preferred); vertical bars show ${s(p.level)}% rank intervals`,
    id: (p) =>
      `Peringkat menurut persentase (1 = paling diminati); garis tegak menunjukkan selang peringkat ${s(p.level)}%`,
  },
  'province-share-title': {
    en: (p) => `Share choosing ${s(p.destination)}, by province of origin`,
    id: (p) => `Persentase yang memilih ${s(p.destination)}, menurut provinsi asal`,
  },
  'province-share-subtitle': {
    en: (p) => `Share naming ${s(p.destination)} as ${s(p.measure)}; grey tiles are suppressed`,
    id: (p) =>
      `Persentase yang menyebut ${s(p.destination)} sebagai ${s(p.measure)}; ubin abu-abu disembunyikan`,
  },
  'province-top-title': {
    en: () => 'Most preferred destination, by province of origin',
    id: () => 'Negara tujuan paling diminati, menurut provinsi asal',
  },
  'province-top-subtitle': {
    en: () =>
      'Destination ranked first in each province; "tie" where the first is not significantly ahead; × where the shares are suppressed',
    id: () =>
      'Negara tujuan peringkat pertama di tiap provinsi; "setara" bila tidak unggul nyata; × bila persentasenya disembunyikan',
  },
  'heatmap-title': {
    en: (p) => `Destination preferences by ${s(p.group)}`,
    id: (p) => `Preferensi negara tujuan menurut ${s(p.group)}`,
  },
  'heatmap-subtitle': {
    en: (p) =>
      `Percent naming each destination as ${s(p.measure)}; values in brackets are less reliable; × marks a suppressed cell`,
    id: (p) =>
      `Persen yang menyebut tiap negara tujuan sebagai ${s(p.measure)}; angka dalam kurung kurang andal; × menandai sel yang disembunyikan`,
  },
  'group-province': { en: () => 'province of origin', id: () => 'provinsi asal' },
  'world-title': {
    en: () => 'Where would-be migrant workers want to work',
    id: () => 'Negara tujuan yang diminati calon pekerja migran',
  },
  'world-subtitle': {
    en: (p) => `Circle area proportional to the share naming each destination as ${s(p.measure)}`,
    id: (p) =>
      `Luas lingkaran sebanding dengan persentase yang menyebut tiap negara tujuan sebagai ${s(p.measure)}`,
  },
  'world-suppressed': {
    en: () => 'open rings mark suppressed shares',
    id: () => 'cincin kosong menandai persentase yang disembunyikan',
  },
  'world-unplaced': {
    en: (p) => `Not on the map: ${s(p.names)}`,
    id: (p) => `Tidak ada di peta: ${s(p.names)}`,
  },
  'comparison-title': {
    en: (p) => `${s(p.group)} compared with ${s(p.reference)}`,
    id: (p) => `${s(p.group)} dibandingkan dengan ${s(p.reference)}`,
  },
  'comparison-subtitle': {
    en: (p) =>
      `Share naming each destination as ${s(p.measure)}; the difference in percentage points, * significant at p < ${s(p.alpha)}`,
    id: (p) =>
      `Persentase yang menyebut tiap negara tujuan sebagai ${s(p.measure)}; selisih dalam poin persen, * nyata pada p < ${s(p.alpha)}`,
  },
  'readiness-title': {
    en: () => 'Intention and readiness, by preferred destination',
    id: () => 'Niat dan kesiapan, menurut negara tujuan pilihan',
  },
  'readiness-subtitle': {
    en: (p) => `Among those naming the destination as first choice; ${s(p.level)}% confidence intervals`,
    id: (p) =>
      `Di antara yang menyebut negara tujuan sebagai pilihan pertama; selang kepercayaan ${s(p.level)}%`,
  },
  'readiness-funnel': { en: () => 'Intention stage', id: () => 'Tahap niat' },
  'readiness-ready': { en: () => 'Readiness', id: () => 'Kesiapan' },
  'placements-title': {
    en: () => 'Stated preference and actual placements',
    id: () => 'Preferensi yang dinyatakan dan penempatan nyata',
  },
  'placements-subtitle': {
    en: (p) =>
      `Share naming each destination as first choice in the survey, beside its share of all placements abroad in ${s(p.year)}`,
    id: (p) =>
      `Persentase yang menyebut tiap negara tujuan sebagai pilihan pertama dalam survei, di samping bagiannya dari semua penempatan ke luar negeri pada ${s(p.year)}`,
  },
  'placements-note': {
    en: (p) =>
      `Placements: share of the ${s(p.total)} Indonesian migrant workers placed abroad in ${s(p.year)} (BP2MI/KP2MI; ${s(p.sources)}); destinations missing from the published lists are marked not published, not zero`,
    id: (p) =>
      `Penempatan: bagian dari ${s(p.total)} pekerja migran Indonesia yang ditempatkan pada ${s(p.year)} (BP2MI/KP2MI; ${s(p.sources)}); negara tujuan yang tidak ada dalam daftar terbit ditandai tidak dipublikasikan, bukan nol`,
  },
  requirements: {
    en: (p) => `Language requirement: ${s(p.items)}`,
    id: (p) => `Syarat bahasa: ${s(p.items)}`,
  },
  // footer
  'ci-logit': { en: () => 'logit', id: () => 'logit' },
  'ci-xlogit': { en: () => 'logit', id: () => 'logit' },
  'ci-likelihood': { en: () => 'profile likelihood', id: () => 'profil likelihood' },
  'ci-asin': { en: () => 'arcsine', id: () => 'arcsinus' },
  'ci-beta': { en: () => 'Korn–Graubard', id: () => 'Korn–Graubard' },
  'ci-mean': { en: () => 'Wald', id: () => 'Wald' },
  'ci-wilson': { en: () => 'Wilson', id: () => 'Wilson' },
  'ci-clopper-pearson': { en: () => 'Clopper–Pearson', id: () => 'Clopper–Pearson' },
  'footer-question': { en: (p) => `Question: ${s(p.text)}`, id: (p) => `Pertanyaan: ${s(p.text)}` },
  'footer-base': { en: (p) => `Base: ${s(p.text)}`, id: (p) => `Dasar: ${s(p.text)}` },
  'footer-n': { en: (p) => `n = ${s(p.n)} (unweighted)`, id: (p) => `n = ${s(p.n)} (tanpa bobot)` },
  'footer-n-range': {
    en: (p) => `n = ${s(p.low)}–${s(p.high)} per group (unweighted)`,
    id: (p) => `n = ${s(p.low)}–${s(p.high)} per kelompok (tanpa bobot)`,
  },
  'footer-weighting': { en: (p) => `Weighting: ${s(p.text)}`, id: (p) => `Pembobotan: ${s(p.text)}` },
  'footer-ci': {
    en: (p) => `${s(p.level)}% confidence intervals (${s(p.method)} method, design-based standard errors)`,
    id: (p) => `Selang kepercayaan ${s(p.level)}% (metode ${s(p.method)}, galat baku berbasis desain)`,
  },
  'footer-reliability': {
    en: (p) => `Reliability: ${s(p.standard)}`,
    id: (p) => `Keandalan: ${s(p.standard)}`,
  },
  'footer-cue-faded': { en: () => 'faded marks are less reliable', id: () => 'tanda pudar kurang andal' },
  'footer-cue-brackets': {
    en: () => 'values in brackets are less reliable',
    id: () => 'angka dalam kurung kurang andal',
  },
  'footer-source': { en: (p) => `Source: ${s(p.text)}`, id: (p) => `Sumber: ${s(p.text)}` },
  'footer-version': { en: (p) => `Data version: ${s(p.text)}`, id: (p) => `Versi data: ${s(p.text)}` },
  // alt text
  'alt-bar': { en: (p) => `Bar chart. ${s(p.title)}.`, id: (p) => `Diagram batang. ${s(p.title)}.` },
  'alt-line': { en: (p) => `Line chart. ${s(p.title)}.`, id: (p) => `Diagram garis. ${s(p.title)}.` },
  'alt-bump': { en: (p) => `Rank chart. ${s(p.title)}.`, id: (p) => `Diagram peringkat. ${s(p.title)}.` },
  'alt-map': { en: (p) => `Map. ${s(p.title)}.`, id: (p) => `Peta. ${s(p.title)}.` },
  'alt-heatmap': { en: (p) => `Heatmap. ${s(p.title)}.`, id: (p) => `Peta panas. ${s(p.title)}.` },
  'alt-dumbbell': {
    en: (p) => `Dumbbell chart. ${s(p.title)}.`,
    id: (p) => `Diagram halter. ${s(p.title)}.`,
  },
  'alt-tied': {
    en: (p) => `${s(p.names)} do not differ significantly.`,
    id: (p) => `${s(p.names)} tidak berbeda nyata.`,
  },
  'alt-suppressed': {
    en: (p) => `Suppressed (too few respondents): ${s(p.names)}.`,
    id: (p) => `Disembunyikan (responden terlalu sedikit): ${s(p.names)}.`,
  },
  'alt-suppressed-count': {
    en: (p) => `${s(p.count)} of ${s(p.total)} cells suppressed (too few respondents).`,
    id: (p) => `${s(p.count)} dari ${s(p.total)} sel disembunyikan (responden terlalu sedikit).`,
  },
  'alt-more': { en: (p) => `and ${s(p.count)} more`, id: (p) => `dan ${s(p.count)} lainnya` },
  'alt-and': { en: () => 'and', id: () => 'dan' },
  'alt-highest': { en: (p) => `Highest: ${s(p.items)}.`, id: (p) => `Tertinggi: ${s(p.items)}.` },
  'alt-lowest': { en: (p) => `Lowest: ${s(p.items)}.`, id: (p) => `Terendah: ${s(p.items)}.` },
  'alt-top-count': {
    en: (p) => `${s(p.name)} first in ${s(p.count)} ${p.count === 1 ? 'province' : 'provinces'}`,
    id: (p) => `${s(p.name)} teratas di ${s(p.count)} provinsi`,
  },
  'alt-tie-count': {
    en: (p) => `no clear first in ${s(p.count)} ${p.count === 1 ? 'province' : 'provinces'}`,
    id: (p) => `tak ada yang jelas teratas di ${s(p.count)} provinsi`,
  },
  'alt-wave-path': {
    en: (p) => `${s(p.name)}: ${s(p.path)}`,
    id: (p) => `${s(p.name)}: ${s(p.path)}`,
  },
  'alt-rank': {
    en: (p) =>
      `rank ${s(p.rank)} in ${s(p.wave)}${p.low === undefined ? '' : ` (interval ${s(p.low)}–${s(p.high)})`}`,
    id: (p) =>
      `peringkat ${s(p.rank)} pada ${s(p.wave)}${p.low === undefined ? '' : ` (selang ${s(p.low)}–${s(p.high)})`}`,
  },
  'alt-significant': { en: () => 'significant', id: () => 'nyata' },
  'alt-not-significant': { en: () => 'not significant', id: () => 'tidak nyata' },
  'alt-points': { en: (p) => `${s(p.value)} points`, id: (p) => `${s(p.value)} poin` },
  'alt-difference': {
    en: (p) =>
      `${s(p.name)}: ${s(p.group)} ${s(p.groupValue)} vs ${s(p.reference)} ${s(p.referenceValue)}, ${s(p.points)} points (${s(p.low)} to ${s(p.high)}), ${s(p.significance)}`,
    id: (p) =>
      `${s(p.name)}: ${s(p.group)} ${s(p.groupValue)} vs ${s(p.reference)} ${s(p.referenceValue)}, ${s(p.points)} poin (${s(p.low)} sampai ${s(p.high)}), ${s(p.significance)}`,
  },
  'alt-versus': {
    en: (p) => `${s(p.name)} ${s(p.survey)} of first choices vs ${s(p.placements)} of placements`,
    id: (p) => `${s(p.name)} ${s(p.survey)} pilihan pertama vs ${s(p.placements)} penempatan`,
  },
  'alt-versus-unpublished': {
    en: (p) => `${s(p.name)} ${s(p.survey)} of first choices, placements not published`,
    id: (p) => `${s(p.name)} ${s(p.survey)} pilihan pertama, penempatan tidak dipublikasikan`,
  },
  'alt-readiness': {
    en: (p) => `Among those preferring ${s(p.name)}: ${s(p.items)}`,
    id: (p) => `Di antara peminat ${s(p.name)}: ${s(p.items)}`,
  },
  'alt-empty': { en: () => 'No data to show.', id: () => 'Tidak ada data untuk ditampilkan.' },
};
