/**
 * Answers that mean "another country" (code `ZZ`) in every destination column, before any survey-specific
 * `other` values. Compared after `foldText` (`"Lain-lain"`, `"lain lain"` and `"LAINLAIN"` are one value).
 *
 * @example
 * ```ts
 * OTHER_COUNTRY_VALUES.includes('Lainnya'); // true
 * ```
 */
export const OTHER_COUNTRY_VALUES: readonly string[] = Object.freeze([
  'ZZ',
  'Lainnya',
  'Lain',
  'Lain-lain',
  'Negara lain',
  'Negara lainnya',
  'Other',
  'Others',
  'Other country',
  'Other countries',
]);
