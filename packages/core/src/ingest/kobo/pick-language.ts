import { MinatError } from '../../errors/minat-error.ts';
import type { HeaderIndex } from './build-header-index.ts';
import type { XlsForm } from './xls-form.ts';

/**
 * Chooses the language of an export's label headers: the one asked for, else the language of the
 * form whose labels match the most headers (the first in form order on a tie).
 *
 * @param form - the parsed XLSForm
 * @param index - the form's headers from {@link buildHeaderIndex}
 * @param headers - the export's headers not recognised by XML name, folded with {@link foldHeader}
 * @param requested - a language key (`id`), name (`Indonesian (id)`) or name without code (`Indonesian`)
 * @param file - the export's file name, for the error message
 * @returns the language key, or `undefined` when no header is a label
 * @throws MinatError `option-invalid` when `requested` is not a language of the form
 * @example
 * ```ts
 * pickLanguage(form, buildHeaderIndex(form), ['umur', 'jenis kelamin'], undefined, 'data.csv'); // 'id'
 * ```
 */
export function pickLanguage(
  form: XlsForm,
  index: HeaderIndex,
  headers: string[],
  requested: string | undefined,
  file: string,
): string | undefined {
  if (requested !== undefined) {
    const wanted = requested.trim().toLowerCase();
    const found = form.languages.find((key) => {
      const name = (form.languageNames[key] ?? key).toLowerCase();
      return key.toLowerCase() === wanted || name === wanted || name.replace(/\s*\([^)]*\)$/, '') === wanted;
    });
    if (found === undefined) {
      const known = form.languages.map((k) =>
        k === '' ? '"" (plain label column)' : `${k} (${form.languageNames[k]})`,
      );
      throw new MinatError(
        'option-invalid',
        `${file}: the language "${requested}" is not in the form ${form.file}; its languages are ${known.join(', ') || 'none'}`,
        { file, value: requested, expected: `one of ${form.languages.join(', ')}` },
      );
    }
    return found;
  }
  let best: { language: string; count: number } | undefined;
  for (const [language, lookup] of index.labels) {
    const count = headers.filter((h) => lookup.has(h)).length;
    if (count > (best?.count ?? 0)) best = { language, count };
  }
  return best?.language;
}
