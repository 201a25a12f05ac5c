/**
 * Every user-facing message of `@minat/core`, in English and Indonesian.
 * Library code builds text only through these functions, so wording lives in one place.
 */
export type Lang = 'en' | 'id';

type Params = Record<string, string | number | undefined>;
type Template = (p: Params) => string;

const q = (v: unknown) => JSON.stringify(String(v ?? ''));

const TEMPLATES: Record<string, { en: Template; id: Template }> = {
  'ragged-row': {
    en: (p) => `has ${p.found} fields where the header has ${p.expected}`,
    id: (p) => `berisi ${p.found} kolom, padahal header berisi ${p.expected}`,
  },
  'unclosed-quote': {
    en: (p) => `${p.detail}`,
    id: (p) => `tanda kutip tidak ditutup: ${p.detail}`,
  },
  'unparseable-record': { en: (p) => `${p.detail}`, id: (p) => `baris tidak dapat dibaca: ${p.detail}` },
  'record-too-long': { en: (p) => `${p.detail}`, id: (p) => `baris terlalu panjang: ${p.detail}` },
  'weight-not-numeric': {
    en: (p) => `weight ${q(p.value)} is not a number`,
    id: (p) => `bobot ${q(p.value)} bukan angka`,
  },
  'weight-negative': {
    en: (p) => `weight ${q(p.value)} is negative`,
    id: (p) => `bobot ${q(p.value)} bernilai negatif`,
  },
  'weight-not-finite': {
    en: (p) => `weight ${q(p.value)} is not a finite number`,
    id: (p) => `bobot ${q(p.value)} bukan angka hingga`,
  },
  'design-value-missing': {
    en: (p) => `${p.role} is missing`,
    id: (p) => `${p.role} kosong`,
  },
  'fpc-invalid': {
    en: (p) => `fpc ${q(p.value)} is not a positive number`,
    id: (p) => `fpc ${q(p.value)} bukan angka positif`,
  },
  'destination-unknown': {
    en: (p) =>
      `destination ${q(p.value)} is not a known country${p.suggestions ? ` (closest: ${p.suggestions})` : ''}`,
    id: (p) =>
      `negara tujuan ${q(p.value)} tidak dikenal${p.suggestions ? ` (terdekat: ${p.suggestions})` : ''}`,
  },
  'destination-repeated': {
    en: (p) => `destination ${q(p.value)} repeats an earlier choice of the same question`,
    id: (p) => `negara tujuan ${q(p.value)} mengulang pilihan sebelumnya`,
  },
  'province-unknown': {
    en: (p) =>
      `province ${q(p.value)} is not a known province${p.suggestions ? ` (closest: ${p.suggestions})` : ''}`,
    id: (p) => `provinsi ${q(p.value)} tidak dikenal${p.suggestions ? ` (terdekat: ${p.suggestions})` : ''}`,
  },
  'code-unknown': {
    en: (p) =>
      `${q(p.value)} is not a code of ${p.role}${p.suggestions ? ` (expected one of ${p.suggestions})` : ''}`,
    id: (p) =>
      `${q(p.value)} bukan kode ${p.role}${p.suggestions ? ` (seharusnya salah satu dari ${p.suggestions})` : ''}`,
  },
  'number-invalid': {
    en: (p) => `${p.role} ${q(p.value)} is not a number`,
    id: (p) => `${p.role} ${q(p.value)} bukan angka`,
  },
  'number-out-of-bins': {
    en: (p) => `${p.role} ${q(p.value)} falls in no group (${p.suggestions})`,
    id: (p) => `${p.role} ${q(p.value)} tidak masuk kelompok mana pun (${p.suggestions})`,
  },
  'option-value-invalid': {
    en: (p) => `option cell ${q(p.value)} is not 1, 0 or blank`,
    id: (p) => `sel opsi ${q(p.value)} bukan 1, 0 atau kosong`,
  },
  'column-missing': {
    en: (p) =>
      `${p.file}: column ${q(p.column)} (${p.role}) is not in the file${p.suggestions ? `; closest headers: ${p.suggestions}` : ''}. Fix the schema or the column flag.`,
    id: (p) =>
      `${p.file}: kolom ${q(p.column)} (${p.role}) tidak ada dalam berkas${p.suggestions ? `; header terdekat: ${p.suggestions}` : ''}. Perbaiki skema atau opsi kolom.`,
  },
  'column-ambiguous': {
    en: (p) =>
      `${p.file}: column ${q(p.column)} (${p.role}) matches several headers: ${p.suggestions}. Name it exactly.`,
    id: (p) =>
      `${p.file}: kolom ${q(p.column)} (${p.role}) cocok dengan beberapa header: ${p.suggestions}. Tulis namanya persis.`,
  },
  'id-duplicate': {
    en: (p) => `${p.count} rows share an id with an earlier row (first: id ${q(p.value)} on rows ${p.rows})`,
    id: (p) =>
      `${p.count} baris memakai id yang sudah dipakai (pertama: id ${q(p.value)} di baris ${p.rows})`,
  },
  'psu-in-several-strata': {
    en: (p) =>
      `${p.count} PSU ids occur in more than one stratum (first: ${q(p.value)} in strata ${p.strata}); PSUs are keyed by stratum and PSU, as nest=TRUE in R`,
    id: (p) =>
      `${p.count} id PSU muncul di lebih dari satu strata (pertama: ${q(p.value)} di strata ${p.strata}); PSU dibedakan per strata, seperti nest=TRUE di R`,
  },
  'weight-zero': {
    en: (p) => `${p.count} rows have weight 0: they stay in the design but add nothing to estimates`,
    id: (p) => `${p.count} baris berbobot 0: tetap dalam desain tetapi tidak menambah estimasi`,
  },
  'destination-unknown-summary': {
    en: (p) =>
      `unknown destination ${q(p.value)} in ${p.count} rows${p.suggestions ? `; closest known: ${p.suggestions}` : ''}`,
    id: (p) =>
      `negara tujuan tidak dikenal ${q(p.value)} di ${p.count} baris${p.suggestions ? `; terdekat: ${p.suggestions}` : ''}`,
  },
  'province-unknown-summary': {
    en: (p) =>
      `unknown province ${q(p.value)} in ${p.count} rows${p.suggestions ? `; closest known: ${p.suggestions}` : ''}`,
    id: (p) =>
      `provinsi tidak dikenal ${q(p.value)} di ${p.count} baris${p.suggestions ? `; terdekat: ${p.suggestions}` : ''}`,
  },
  'ranked-gap': {
    en: (p) => `${p.count} rows skip a rank (e.g. a second choice without a first; first on row ${p.rows})`,
    id: (p) =>
      `${p.count} baris melewati satu peringkat (mis. pilihan kedua tanpa pilihan pertama; pertama di baris ${p.rows})`,
  },
  'rows-rejected': {
    en: (p) => `${p.count} of ${p.read} rows rejected`,
    id: (p) => `${p.count} dari ${p.read} baris ditolak`,
  },
};

/**
 * The message for `code` in `lang`, filled with `params`.
 * @example message('weight-negative', { value: '-1' }) // 'weight "-1" is negative'
 */
export function message(code: string, params: Params = {}, lang: Lang = 'en'): string {
  const t = TEMPLATES[code];
  if (!t) return `${code}${params.value !== undefined ? `: ${q(params.value)}` : ''}`;
  return t[lang](params);
}

/** Codes that have a message (for tests: every code has both languages). */
export const messageCodes: readonly string[] = Object.keys(TEMPLATES);
