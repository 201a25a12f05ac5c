import { foldText } from '../reference/fold-text.ts';
import type { CodebookEntry } from '../schema/survey-schema.ts';

/** Result of matching a cell against a codebook. */
export type CodeMatch = { kind: 'code'; code: string } | { kind: 'missing' } | { kind: 'unknown' };

/**
 * Builds a matcher from a codebook: a cell matches an entry by its code, its English or Indonesian
 * label, or one of its `values`, ignoring case, accents and spacing (see `foldText`).
 * Blank cells and the `missing` values are missing. Results are cached per distinct cell.
 *
 * @example createCodeMatcher([{ code: 'F', label: { en: 'Female', id: 'Perempuan' } }])('perempuan') // { kind: 'code', code: 'F' }
 */
export function createCodeMatcher(
  codes: readonly CodebookEntry[],
  missing: readonly string[] = [],
): (cell: string) => CodeMatch {
  const byKey = new Map<string, string>();
  for (const entry of codes) {
    for (const v of [entry.code, entry.label.en, entry.label.id, ...(entry.values ?? [])]) {
      const key = foldText(v);
      if (key !== '' && !byKey.has(key)) byKey.set(key, entry.code);
    }
  }
  for (const entry of codes) byKey.set(foldText(entry.code), entry.code);
  const missingKeys = new Set(missing.map(foldText));
  const cache = new Map<string, CodeMatch>();
  return (cell) => {
    let hit = cache.get(cell);
    if (hit) return hit;
    const key = foldText(cell);
    if (key === '' || missingKeys.has(key)) hit = { kind: 'missing' };
    else {
      const code = byKey.get(key);
      hit = code === undefined ? { kind: 'unknown' } : { kind: 'code', code };
    }
    cache.set(cell, hit);
    return hit;
  };
}
