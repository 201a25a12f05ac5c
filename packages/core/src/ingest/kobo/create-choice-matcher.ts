import { foldHeader } from './fold-header.ts';
import type { XlsFormChoice } from './xls-form.ts';

/**
 * What a cell means in terms of choice names: `keep` (already names, or blank), `names` (the
 * choice names to write instead), `ambiguous` (a label shared by several choices) or `unknown`.
 */
export type ChoiceMatch =
  | { kind: 'keep' }
  | { kind: 'names'; names: string[] }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'unknown' };

/** Matches cells of a select question against its choice list. */
export interface ChoiceMatcher {
  /** A select_one cell: one choice name or label. */
  one(cell: string): ChoiceMatch;
  /** A select_multiple summary cell: choice names or labels separated by spaces (labels may hold spaces). */
  many(cell: string): ChoiceMatch;
}

/**
 * Builds a matcher turning choice labels (any language of the form) into choice names.
 *
 * A cell whose text is a choice name (or, for select_multiple, whose space-separated words all are)
 * is kept. Otherwise it is matched ignoring case and spacing, trying labels in `language` first,
 * then labels in the other languages, then names. A select_multiple cell is split into labels
 * longest-first (`Uni Emirat Arab Arab Saudi` → `AE SA`), backtracking when the longest label
 * leads nowhere; a label that two choices share makes the cell `ambiguous`.
 *
 * @param choices - the question's choice list
 * @param language - language key of the export's labels, tried first (default: none preferred)
 * @example
 * ```ts
 * const m = createChoiceMatcher(form.choices.get('countries') ?? [], 'id');
 * m.one('Jepang'); // { kind: 'names', names: ['JP'] }
 * m.many('Arab Saudi Jepang'); // { kind: 'names', names: ['SA', 'JP'] }
 * ```
 */
export function createChoiceMatcher(choices: XlsFormChoice[], language?: string): ChoiceMatcher {
  const names = new Set(choices.map((c) => c.name));
  const lookup = new Map<string, Set<string>>();
  const tier = (text: (c: XlsFormChoice) => (string | undefined)[]) => {
    const found = new Map<string, Set<string>>();
    for (const c of choices) {
      for (const t of text(c)) {
        if (t === undefined) continue;
        const key = foldHeader(t);
        if (key !== '' && !lookup.has(key)) found.set(key, (found.get(key) ?? new Set()).add(c.name));
      }
    }
    for (const [key, set] of found) lookup.set(key, set);
  };
  if (language !== undefined) tier((c) => [c.labels[language]]);
  tier((c) => Object.values(c.labels));
  tier((c) => [c.name]);
  const byFirstWord = new Map<string, string[]>();
  for (const key of lookup.keys()) {
    const first = key.split(' ')[0] ?? key;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  for (const keys of byFirstWord.values()) keys.sort((a, b) => b.length - a.length);

  const one = (cell: string): ChoiceMatch => {
    const text = cell.trim();
    if (text === '' || names.has(text)) return { kind: 'keep' };
    const found = lookup.get(foldHeader(text));
    if (!found) return { kind: 'unknown' };
    return { kind: found.size === 1 ? 'names' : 'ambiguous', names: [...found] };
  };

  const many = (cell: string): ChoiceMatch => {
    const text = cell.trim();
    if (text === '' || text.split(/\s+/).every((w) => names.has(w))) return { kind: 'keep' };
    const words = foldHeader(text).split(' ');
    const failed = new Set<number>();
    let ambiguous: string[] | undefined;
    const split = (at: number): string[] | undefined => {
      if (at === words.length) return [];
      if (failed.has(at)) return undefined;
      for (const key of byFirstWord.get(words[at] ?? '') ?? []) {
        const length = key.split(' ').length;
        if (words.slice(at, at + length).join(' ') !== key) continue;
        const found = lookup.get(key) ?? new Set<string>();
        if (found.size > 1) {
          ambiguous ??= [...found];
          continue;
        }
        const rest = split(at + length);
        if (rest) return [[...found][0] ?? '', ...rest];
      }
      failed.add(at);
      return undefined;
    };
    const result = split(0);
    if (result) return { kind: 'names', names: result };
    return ambiguous ? { kind: 'ambiguous', names: ambiguous } : { kind: 'unknown' };
  };

  return { one, many };
}
