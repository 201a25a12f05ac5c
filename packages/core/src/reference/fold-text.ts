const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** Latin letters that NFKD does not decompose into a base letter plus marks. */
const EXTRA_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const EXTRA_LETTER = /[ßæœøıłđðþ]/g;

/**
 * Folds a text to the key used to compare names, codes and answers. Two texts are "the same answer"
 * when their folds are equal. Exactly these steps, in this order:
 *
 * 1. Unicode NFKD normalisation, then every combining mark (`\p{M}`) removed: `Türkiye` → `Turkiye`,
 *    `Côte` → `Cote`, full-width `ＪＰ` → `JP`.
 * 2. Lower-casing (`toLowerCase`, locale-independent), then `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`,
 *    `ı`→`i`, `ł`→`l`, `đ`/`ð`→`d`, `þ`→`th` (letters NFKD leaves alone).
 * 3. Every character that is not a letter or digit (`\p{L}`, `\p{N}`) removed: spaces, tabs, line breaks,
 *    `.` `,` `-` `_` `'` `’` `/` `(` `)` `&` and all other punctuation or symbols.
 *
 * So `"Korea  Selatan"`, `"korea-selatan"`, `"KOREA SELATAN"` and `"KoreaSelatan"` all fold to
 * `"koreaselatan"`; `"Hong Kong"` and `"Hongkong"` fold equal; `"N/A"` folds to `"na"`; a value made only of
 * spaces and punctuation (`"-"`, `" . "`) folds to `""`. Letters of non-Latin scripts are kept (lower-cased).
 *
 * @param text - Any text (a cell, a name, a code).
 * @returns The folded key; `""` when the text has no letters or digits.
 * @example
 * ```ts
 * foldText('  Türkiye '); // 'turkiye'
 * foldText('Lain-lain'); // 'lainlain'
 * ```
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(EXTRA_LETTER, (c) => EXTRA_LETTERS[c] ?? c)
    .replace(NOT_LETTER_OR_DIGIT, '');
}
