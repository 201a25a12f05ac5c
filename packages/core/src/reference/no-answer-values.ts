/**
 * Answers that mean "no answer" in every destination and province column, before any survey-specific
 * `noAnswer` values. Compared after `foldText`, so case, accents, spaces and punctuation do not matter
 * (`"N/A"`, `"n/a"` and `"NA"` are one value). A cell that folds to `""` (blank, `"-"`, `"--"`, `"."`) is
 * always missing too. `"NA"` wins over Namibia's ISO code (list `NA` in a codebook to mean Namibia).
 *
 * @example
 * ```ts
 * NO_ANSWER_VALUES.includes('Tidak tahu'); // true
 * ```
 */
export const NO_ANSWER_VALUES: readonly string[] = Object.freeze([
  '-',
  '--',
  'n/a',
  'NA',
  'N/A',
  'null',
  'NaN',
  'none',
  'Tidak tahu',
  'Tidak tau',
  'Tidak menjawab',
  'Tidak ada',
  'Belum tahu',
  'Belum tau',
  "Don't know",
  'No answer',
]);
