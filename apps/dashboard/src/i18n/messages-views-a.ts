/** Texts of the Trends, Origin and Compare views, in English. */
export const VIEWS_A_EN = {
  'trends.noWaves':
    'A trend needs at least two survey waves with respondents in scope, and there are {count} here. Map a wave column in the schema, or widen the filters, to see one.',
  'trends.summaryRise':
    'From {from} to {to}, {destination} rose most: from {a} to {b} ({change} points, {significance}).',
  'trends.summaryFall': '{destination} fell most: from {a} to {b} ({change} points, {significance}).',
  'trends.summaryFlat': 'From {from} to {to}, no destination’s share rose.',
  'trends.significant': 'significant, p < 0.05',
  'trends.notSignificant': 'not significant',
  'trends.partial': 'Rank intervals are still being computed (1,000 bootstrap replicates per wave)…',
  'trends.bumpSubtitle': 'Rank by share (1 = most preferred)',
  'origin.noProvince':
    'This survey has no province column, so there is no map or province table. Map the province of origin in the schema to see them.',
  'origin.destination': 'Destination on the map',
  'origin.leading': 'Leading destination',
  'origin.summary':
    '{destination} is named most often in {high} ({highShare}) and least often in {low} ({lowShare}), among provinces with a reliable estimate.',
  'origin.summaryNone': 'No province has a reliable estimate for {destination}.',
  'origin.empty': 'No respondent in the current filters named a destination: nothing to map.',
  'origin.notFound':
    '{code} is not among the destinations in scope; the map shows the leading one, {destination}.',
  'compare.mode': 'What to compare',
  'compare.groups': 'Two groups',
  'compare.waves': 'Two waves',
  'compare.by': 'Grouping',
  'compare.a': 'Reference',
  'compare.b': 'Compared with it',
  'compare.waveA': 'Earlier wave',
  'compare.waveB': 'Later wave',
  'compare.noGroups': 'This survey has no grouping with two or more levels to compare.',
  'compare.noWaves': 'Comparing waves needs at least two survey waves, and this survey has {count}.',
  'compare.same': 'Choose two different levels to compare.',
  'compare.empty': 'No respondent in the current filters belongs to {level}: nothing to compare.',
  'compare.waveNote': 'Two waves are compared: the wave filter does not apply here.',
  'compare.filterNote': 'The filter on {group} does not apply here: its two levels are the ones compared.',
  'compare.summary':
    'The largest significant difference is for {destination}: {shareB} among {b} against {shareA} among {a} ({difference} points, p {p}); {count} of {total} destinations differ significantly.',
  'compare.summaryWaves':
    'The largest significant change is for {destination}: from {shareA} in {a} to {shareB} in {b} ({difference} points, p {p}); {count} of {total} destinations changed significantly.',
  'compare.summaryNone':
    'No destination’s share differs significantly between {a} and {b} (p < 0.05 for none of {total}).',
} as const;

/** Every key of these views. */
export type ViewsAMessageKey = keyof typeof VIEWS_A_EN;

/** Texts of the Trends, Origin and Compare views, in Indonesian. */
export const VIEWS_A_ID: Record<ViewsAMessageKey, string> = {
  'trends.noWaves':
    'Tren memerlukan sedikitnya dua putaran survei yang memiliki responden dalam cakupan, dan di sini ada {count}. Petakan kolom putaran dalam skema, atau perluas filter, untuk melihatnya.',
  'trends.summaryRise':
    'Dari {from} ke {to}, {destination} paling banyak naik: dari {a} menjadi {b} ({change} poin, {significance}).',
  'trends.summaryFall':
    '{destination} paling banyak turun: dari {a} menjadi {b} ({change} poin, {significance}).',
  'trends.summaryFlat': 'Dari {from} ke {to}, tidak ada negara tujuan yang persentasenya naik.',
  'trends.significant': 'nyata, p < 0,05',
  'trends.notSignificant': 'tidak nyata',
  'trends.partial': 'Selang peringkat masih dihitung (1.000 replikasi bootstrap per putaran)…',
  'trends.bumpSubtitle': 'Peringkat menurut persentase (1 = paling diminati)',
  'origin.noProvince':
    'Survei ini tidak memiliki kolom provinsi, jadi tidak ada peta atau tabel provinsi. Petakan provinsi asal dalam skema untuk melihatnya.',
  'origin.destination': 'Negara tujuan pada peta',
  'origin.leading': 'Negara tujuan teratas',
  'origin.summary':
    '{destination} paling sering disebut di {high} ({highShare}) dan paling jarang di {low} ({lowShare}), di antara provinsi dengan perkiraan yang andal.',
  'origin.summaryNone': 'Tidak ada provinsi dengan perkiraan yang andal untuk {destination}.',
  'origin.empty':
    'Tidak ada responden dalam filter saat ini yang menyebut negara tujuan: tidak ada yang dipetakan.',
  'origin.notFound':
    '{code} tidak termasuk negara tujuan dalam cakupan; peta menunjukkan negara tujuan teratas, {destination}.',
  'compare.mode': 'Yang dibandingkan',
  'compare.groups': 'Dua kelompok',
  'compare.waves': 'Dua putaran',
  'compare.by': 'Pengelompokan',
  'compare.a': 'Pembanding',
  'compare.b': 'Dibandingkan dengannya',
  'compare.waveA': 'Putaran awal',
  'compare.waveB': 'Putaran akhir',
  'compare.noGroups':
    'Survei ini tidak memiliki pengelompokan dengan dua tingkat atau lebih untuk dibandingkan.',
  'compare.noWaves':
    'Perbandingan putaran memerlukan sedikitnya dua putaran survei, dan survei ini memiliki {count}.',
  'compare.same': 'Pilih dua tingkat yang berbeda untuk dibandingkan.',
  'compare.empty':
    'Tidak ada responden dalam filter saat ini yang termasuk {level}: tidak ada yang dibandingkan.',
  'compare.waveNote': 'Dua putaran dibandingkan: filter putaran tidak berlaku di sini.',
  'compare.filterNote': 'Filter {group} tidak berlaku di sini: kedua tingkatnya adalah yang dibandingkan.',
  'compare.summary':
    'Selisih nyata terbesar ada pada {destination}: {shareB} di antara {b} dibandingkan {shareA} di antara {a} ({difference} poin, p {p}); {count} dari {total} negara tujuan berbeda nyata.',
  'compare.summaryWaves':
    'Perubahan nyata terbesar ada pada {destination}: dari {shareA} pada {a} menjadi {shareB} pada {b} ({difference} poin, p {p}); {count} dari {total} negara tujuan berubah nyata.',
  'compare.summaryNone':
    'Tidak ada negara tujuan yang persentasenya berbeda nyata antara {a} dan {b} (tidak satu pun dari {total} dengan p < 0,05).',
};
