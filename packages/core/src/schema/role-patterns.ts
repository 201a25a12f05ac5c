/**
 * Header patterns that suggest a column's role, matched against the folded bare name (group prefix
 * removed). English, Indonesian and common survey-software spellings.
 */
export const rolePatterns = {
  id: /^(resp(ondent)?id|id|uuid|respid|koderesponden|idresponden|instanceid|key)$/,
  wave: /^(wave|gelombang|round|putaran|tahunsurvei|surveyyear|year|tahun)$/,
  weight: /^(weight|wt|wgt|bobot|finalweight|pweight|w|penimbang)$/,
  strata: /^(strata|stratum|strat)$/,
  psu: /^(psu|cluster|klaster|regency|kabupaten|kabkota|kabupatenkota|ea|bloksensus)$/,
  fpc: /^(fpc|npsu|psucount)$/,
  province: /^(prov|province|provinsi|provinsiasal|originprovince|asalprovinsi)$/,
  age: /^(age|umur|usia|ageyears)$/,
  intention: /(intention|intent|niat|tahap|stage|rencana)/,
  jlpt: /jlpt/,
  jft: /jft/,
  cefr: /(cefr|german|jerman|goethe)/,
  eps: /(eps|topik)/,
  certificate: /(cert|sertifikat|skill)/,
} as const;

/** Age groups for would-be migrant worker surveys (`lookup_age_groups.csv`, scheme `pmi_survey`). */
export const pmiAgeGroups = [
  { code: '18-24', min: 18, max: 24 },
  { code: '25-29', min: 25, max: 29 },
  { code: '30-34', min: 30, max: 34 },
  { code: '35-39', min: 35, max: 39 },
  { code: '40-44', min: 40, max: 44 },
  { code: '45+', min: 45 },
].map((g) => ({
  ...g,
  label: {
    en: g.code.endsWith('+') ? `${g.min} and over` : g.code.replace('-', '–'),
    id: g.code.endsWith('+') ? `${g.min} ke atas` : g.code.replace('-', '–'),
  },
}));
