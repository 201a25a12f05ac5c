import { closestHeaders } from './closest-headers.ts';
import { foldHeader } from './fold-header.ts';

/** Where {@link resolveColumn} found a column, or why it did not. */
export type ColumnResolution =
  | { index: number }
  | { ambiguous: string[] }
  | { missing: true; suggestions: string[] };

const SEPARATORS = ['/', '-', '.'] as const;

/**
 * Finds the column of a file that a schema column name refers to, allowing for the group prefixes
 * and separators of KoBoToolbox and ODK Central exports. Never guesses: when a step finds several
 * headers, the answer is `ambiguous` with all of them.
 *
 * Steps (the first that finds anything decides):
 * 1. a header equal to `name`;
 * 2. a header equal ignoring case and spacing (see {@link foldHeader});
 * 3. a header that is `name` with a group path in front, or with its `/` written as `.` or `-`:
 *    `<path><s><name>` where the separator `s` is `/`, `-` or `.`, and a `/` inside `name` (a
 *    select_multiple detail `question/option`) may be written as `/` or as `s`. So `dest_1` finds
 *    `grp/dest_1`, `grp-dest_1` or `grp.dest_1`, and `considered/JP` finds `considered.JP`,
 *    `grp/considered/JP`, `grp-considered/JP`, `grp-considered-JP`, `grp.considered/JP` and
 *    `grp.considered.JP`. A header `<path><s><name>` is skipped when `<path>` is itself a header: it is
 *    then the detail column `question/option` of the select_multiple `<path>`, not `name` in a group
 *    (so `JP` does not find `considered/JP`);
 * 4. `name` without its group path, for schemas written against an export with group names and
 *    used on headers without them (such as {@link applyXlsForm}'s): `dest/dest_1` finds `dest_1`,
 *    `dest/considered/JP` finds `considered/JP`, fewest segments dropped first. Never down to the
 *    choice alone: `considered/JP` does not find `JP` when `considered` or `considered/…` is a header.
 *
 * @param headers - the file's headers as written
 * @param name - the column name from the survey schema
 * @returns `{ index }` of the one matching header; `{ ambiguous }` with the headers when several match
 *   at the deciding step; `{ missing: true, suggestions }` with up to 3 close headers otherwise
 * @example
 * ```ts
 * resolveColumn(['_id', 'resp/age', 'dest/dest_1'], 'dest_1'); // { index: 2 }
 * resolveColumn(['a/x', 'b/x'], 'x'); // { ambiguous: ['a/x', 'b/x'] }
 * resolveColumn(['age'], 'agee'); // { missing: true, suggestions: ['age'] }
 * ```
 */
export function resolveColumn(headers: string[], name: string): ColumnResolution {
  const exact = indexesWhere(headers, (h) => h === name);
  if (exact.length) return decide(headers, exact);
  const wanted = foldHeader(name);
  const folded = headers.map(foldHeader);
  const loose = indexesWhere(folded, (h) => h === wanted);
  if (loose.length) return decide(headers, loose);
  const present = new Set(folded);
  const parts = wanted.split('/');
  const prefixed = indexesWhere(folded, (h) =>
    SEPARATORS.some((s) => matchesWithPrefix(h, parts, s, present)),
  );
  if (prefixed.length) return decide(headers, prefixed);
  for (let drop = 1; drop < parts.length; drop++) {
    const rest = parts.slice(drop).join('/');
    const before = parts[drop - 1] ?? '';
    if (drop === parts.length - 1 && folded.some((h) => h === before || h.startsWith(`${before}/`))) break;
    const stripped = indexesWhere(folded, (h) => h === rest);
    if (stripped.length) return decide(headers, stripped);
  }
  return { missing: true, suggestions: closestHeaders(headers, name) };
}

/** Whether `header` is `[<path><s>]<parts joined by '/' or s>` with `<path>` not itself a header. */
function matchesWithPrefix(header: string, parts: string[], s: string, present: Set<string>): boolean {
  const tails = new Set([parts.join('/'), parts.join(s)]);
  for (const tail of tails) {
    if (header === tail && parts.length > 1) return true;
    if (header.length <= tail.length + 1 || !header.endsWith(s + tail)) continue;
    const path = header.slice(0, header.length - tail.length - 1);
    if (!present.has(path)) return true;
  }
  return false;
}

function indexesWhere(values: string[], test: (value: string) => boolean): number[] {
  const found: number[] = [];
  values.forEach((value, index) => {
    if (test(value)) found.push(index);
  });
  return found;
}

function decide(headers: string[], indexes: number[]): ColumnResolution {
  const [first] = indexes;
  if (indexes.length === 1 && first !== undefined) return { index: first };
  return { ambiguous: indexes.map((i) => headers[i] ?? '') };
}
