/** The language of an XLSForm label column. */
export interface LabelColumnLanguage {
  /** Language key: the code in trailing parentheses (`en`), else the name as written, `''` for `label`. */
  key: string;
  /** The language as written after `::` (`English (en)`), `''` for a plain `label` column. */
  name: string;
}

/**
 * Tells whether an XLSForm column header is a label column and, if so, its language.
 *
 * `label::English (en)` → `{ key: 'en', name: 'English (en)' }`; `label::Bahasa Indonesia` →
 * `{ key: 'Bahasa Indonesia', … }`; `label` → `{ key: '', name: '' }`. The word `label` is matched
 * ignoring case and spaces around `::`; other columns (`hint::English (en)`, `type`) give `undefined`.
 *
 * @param header - a header of the `survey` or `choices` sheet
 * @example
 * ```ts
 * labelColumnLanguage('label::Indonesian (id)'); // { key: 'id', name: 'Indonesian (id)' }
 * ```
 */
export function labelColumnLanguage(header: string): LabelColumnLanguage | undefined {
  const match = /^\s*label\s*(?:::\s*(.*?))?\s*$/i.exec(header);
  if (!match) return undefined;
  const name = match[1] ?? '';
  const code = /\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*\)$/.exec(name);
  return { key: code?.[1] ? code[1].toLowerCase() : name, name };
}
