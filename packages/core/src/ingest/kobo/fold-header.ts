/**
 * Folds a header or label for matching: Unicode NFKC, zero-width characters and BOMs removed,
 * lower case, surrounding space trimmed and inner runs of white space made one space.
 *
 * @param text - a header, question name, label or choice label
 * @example
 * ```ts
 * foldHeader('  Negara  Tujuan\u00a0'); // 'negara tujuan'
 * ```
 */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
