import { foldHeader } from './fold-header.ts';

/**
 * The headers most like a wanted column name, for "did you mean" messages: compared after
 * {@link foldHeader}, both whole and by their last `/`, `-` or `.` segment, by edit distance.
 *
 * @param headers - the headers of the file
 * @param name - the column name that was not found
 * @param limit - how many suggestions at most (default 3)
 * @returns headers as written, closest first; none when nothing is close
 * @example
 * ```ts
 * closestHeaders(['grp/dest_1', 'age'], 'dest1'); // ['grp/dest_1']
 * ```
 */
export function closestHeaders(headers: string[], name: string, limit = 3): string[] {
  const wanted = foldHeader(name);
  const wantedLast = lastSegment(wanted);
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { header: string; score: number; index: number }[] = [];
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    const score = Math.min(editDistance(folded, wanted), editDistance(lastSegment(folded), wantedLast));
    if (score <= budget) scored.push({ header, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.header);
}

function lastSegment(text: string): string {
  const parts = text.split(/[/.-]/);
  return parts[parts.length - 1] ?? text;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
