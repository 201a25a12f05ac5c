/** Texts of the Readiness, Preference vs placements and Table views, in English. */
export const VIEWS_B_EN = {
  'readiness.none':
    'This survey has no intention or readiness questions (intention stage, language tests, skill certificate), so there is no readiness chart. Map those columns in the schema to see it.',
  'readiness.multi':
    'Readiness is read among the supporters of each first-choice destination, and this survey’s destination question is multi-select, with no first choice: there is no readiness chart.',
  'readiness.empty':
    'No respondent in the current filters named a first-choice destination: nothing to show.',
  'readiness.settings':
    'Readiness always uses first choices among respondents who answered, by country: the measure, base and destination-grouping settings do not apply to this view.',
  'readiness.unchecked':
    'No language column of the survey can check the language requirement for {destination}, so it has no language row.',
  'readiness.partial':
    'The language requirement for {destination} is read as “{requirement}” only: the survey has no column for the other accepted tests.',
  'readiness.summaryPlan':
    'Of those whose first choice is {destination}, {share} ({low}–{high}) have concrete plans (planning or preparing to go).',
  'readiness.summaryLanguage':
    'Of them, {share} ({low}–{high}) meet its language requirement ({requirement}).',
  'readiness.summaryLanguageOnly':
    'Of those whose first choice is {destination}, {share} ({low}–{high}) meet its language requirement ({requirement}).',
  'readiness.summaryLowest':
    'Among destinations with a language requirement, it is met least often by those who prefer {destination} ({share}).',
  'placements.available': 'Placement statistics by destination are available for {years}.',
  'placements.noWave':
    'Placements are compared with one survey wave named by its year, and this survey has no waves.',
  'placements.manyWaves':
    'Choose one wave in the filters: the first choices of one wave are compared with the placements of its year.',
  'placements.notYear':
    'Wave {wave} is not named by a year, so it cannot be paired with placement statistics.',
  'placements.noYear': 'No placement statistics by destination are published for {year} or earlier.',
  'placements.earlier':
    'Wave {wave} is compared with {year} placements, the latest year with figures by destination (none are published for {gap}).',
  'placements.multi':
    'Placements are compared with first choices, and this survey’s destination question is multi-select, with no first choice.',
  'placements.settings':
    'Placements are published by country and compared with first choices: the measure and destination-grouping settings do not apply to this view.',
  'placements.empty': 'No respondent in the current filters named a destination: nothing to compare.',
  'placements.notPublished':
    '“Not published” is not zero: {names} are not among the {listed} destinations in the published {year} full-year figures, so their placements are unknown.',
  'placements.g2g':
    'For {destination}, the {year} government-to-government (G-to-G) scheme alone placed {count} workers ({source}); this is a lower bound, not the total.',
  'placements.summaryOver':
    'The biggest gap between preference and placements is {destination}: {survey} name it first, while it received {placement} of placements in {year} ({gap} percentage points).',
  'placements.summaryUnder':
    'The biggest gap between preference and placements is {destination}: it received {placement} of placements in {year}, but only {survey} name it first ({gap} percentage points).',
  'placements.summaryOther':
    'The largest gap the other way is {destination} ({survey} against {placement}, {gap} points).',
  'table.summary':
    '{rows} destinations × {columns} columns: every estimate behind the current filters and settings ({base}), in ranking order, with reliability flags. Sort by any column; the CSV download has the raw values.',
  'table.empty': 'No estimate for the current filters.',
  'table.ranking':
    'rank, diff_next (gap to the next-ranked destination), diff_next_p (its p-value) and tie_group (destinations not significantly different share a group) come from the ranking; P(first) and rank intervals are in the Ranking view.',
  'table.flags': 'Flags: {items}.',
  'table.flagDiffWithheld':
    'the difference from the next destination is withheld because that destination is suppressed',
  'table.flagLonely': 'a stratum with a single PSU (variance adjusted)',
} as const;

/** Every key of these views. */
export type ViewsBMessageKey = keyof typeof VIEWS_B_EN;

/** Texts of the Readiness, Preference vs placements and Table views, in Indonesian. */
export const VIEWS_B_ID: Record<ViewsBMessageKey, string> = {
  'readiness.none':
    'Survei ini tidak memuat pertanyaan niat atau kesiapan (tahap niat, tes bahasa, sertifikat keahlian), jadi tidak ada grafik kesiapan. Petakan kolom-kolom itu di skema untuk melihatnya.',
  'readiness.multi':
    'Kesiapan dibaca di antara pendukung setiap negara tujuan pilihan pertama, sedangkan pertanyaan tujuan survei ini pilihan ganda tanpa pilihan pertama: tidak ada grafik kesiapan.',
  'readiness.empty':
    'Tidak ada responden dalam filter ini yang menyebut negara tujuan pilihan pertama: tidak ada yang ditampilkan.',
  'readiness.settings':
    'Kesiapan selalu memakai pilihan pertama di antara responden yang menjawab, per negara: pengaturan ukuran, dasar dan pengelompokan tujuan tidak berlaku untuk tampilan ini.',
  'readiness.unchecked':
    'Tidak ada kolom bahasa dalam survei yang dapat memeriksa syarat bahasa untuk {destination}, jadi tidak ada baris bahasa untuknya.',
  'readiness.partial':
    'Syarat bahasa untuk {destination} hanya dibaca sebagai “{requirement}”: survei tidak memuat kolom untuk tes lain yang diterima.',
  'readiness.summaryPlan':
    'Di antara responden dengan pilihan pertama {destination}, {share} ({low}–{high}) punya rencana nyata (berencana atau sedang bersiap berangkat).',
  'readiness.summaryLanguage':
    'Dari mereka, {share} ({low}–{high}) memenuhi syarat bahasanya ({requirement}).',
  'readiness.summaryLanguageOnly':
    'Di antara responden dengan pilihan pertama {destination}, {share} ({low}–{high}) memenuhi syarat bahasanya ({requirement}).',
  'readiness.summaryLowest':
    'Di antara negara tujuan yang bersyarat bahasa, syarat itu paling jarang dipenuhi oleh peminat {destination} ({share}).',
  'placements.available': 'Statistik penempatan per negara tujuan tersedia untuk {years}.',
  'placements.noWave':
    'Penempatan dibandingkan dengan satu putaran survei yang dinamai menurut tahunnya, sedangkan survei ini tidak memiliki putaran.',
  'placements.manyWaves':
    'Pilih satu putaran di filter: pilihan pertama satu putaran dibandingkan dengan penempatan pada tahunnya.',
  'placements.notYear':
    'Putaran {wave} tidak dinamai menurut tahun, jadi tidak dapat dipasangkan dengan statistik penempatan.',
  'placements.noYear':
    'Belum ada statistik penempatan per negara tujuan yang dipublikasikan untuk {year} atau sebelumnya.',
  'placements.earlier':
    'Putaran {wave} dibandingkan dengan penempatan {year}, tahun terakhir yang memiliki angka per negara tujuan (untuk {gap} belum ada yang dipublikasikan).',
  'placements.multi':
    'Penempatan dibandingkan dengan pilihan pertama, sedangkan pertanyaan tujuan survei ini pilihan ganda tanpa pilihan pertama.',
  'placements.settings':
    'Penempatan dipublikasikan per negara dan dibandingkan dengan pilihan pertama: pengaturan ukuran dan pengelompokan tujuan tidak berlaku untuk tampilan ini.',
  'placements.empty':
    'Tidak ada responden dalam filter ini yang menyebut negara tujuan: tidak ada yang dibandingkan.',
  'placements.notPublished':
    '“Tidak dipublikasikan” bukan nol: {names} tidak termasuk dalam {listed} negara tujuan pada angka setahun penuh {year} yang dipublikasikan, jadi penempatannya tidak diketahui.',
  'placements.g2g':
    'Untuk {destination}, skema antarpemerintah (G to G) saja menempatkan {count} pekerja pada {year} ({source}); ini batas bawah, bukan total.',
  'placements.summaryOver':
    'Selisih terbesar antara preferensi dan penempatan ada pada {destination}: {survey} menyebutnya sebagai pilihan pertama, sedangkan pangsanya dalam penempatan {year} {placement} ({gap} poin persen).',
  'placements.summaryUnder':
    'Selisih terbesar antara preferensi dan penempatan ada pada {destination}: pangsanya dalam penempatan {year} {placement}, tetapi hanya {survey} yang menyebutnya sebagai pilihan pertama ({gap} poin persen).',
  'placements.summaryOther':
    'Selisih terbesar ke arah sebaliknya ada pada {destination} ({survey} berbanding {placement}, {gap} poin).',
  'table.summary':
    '{rows} negara tujuan × {columns} kolom: setiap estimasi di balik filter dan pengaturan saat ini ({base}), menurut urutan peringkat, dengan tanda keandalan. Urutkan menurut kolom mana pun; unduhan CSV berisi nilai mentahnya.',
  'table.empty': 'Tidak ada estimasi untuk filter ini.',
  'table.ranking':
    'rank, diff_next (selisih dengan negara tujuan peringkat berikutnya), diff_next_p (nilai p-nya) dan tie_group (negara tujuan yang tidak berbeda nyata sekelompok) berasal dari peringkat; P(pertama) dan selang peringkat ada di tampilan Peringkat.',
  'table.flags': 'Tanda: {items}.',
  'table.flagDiffWithheld':
    'selisih dengan negara tujuan berikutnya tidak ditampilkan karena negara tujuan itu disembunyikan',
  'table.flagLonely': 'strata dengan satu PSU saja (variansnya disesuaikan)',
};
