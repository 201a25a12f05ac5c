import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import type { DestinationAnswers } from '../../validate/validated-survey.ts';

/** A harmonised question and what the harmonisation did. */
export interface HarmonisedQuestion {
  question: DestinationAnswers;
  /** The map as applied: only codes the question has, mapped to another code. */
  applied: Record<string, string>;
  issues: Issue[];
}

/**
 * Recodes the destination codes of a question by a harmonisation map (destination code → the code it
 * becomes in every wave), so codes that change between waves are counted as one: `{ MO: 'HK' }` counts
 * Macau as Hong Kong in every wave. The target need not be a level already (`{ XA: 'NEW' }` renames).
 * A respondent who named two codes that now coincide keeps the first (ranked: the better rank; the
 * later slot becomes empty and the other ranks keep their places, so Borda points are not invented).
 * The map is applied once, not transitively: a target that is itself mapped elsewhere is ambiguous.
 *
 * @param q - the question's answers (unchanged; a recoded copy is returned)
 * @param map - code → code it becomes; codes the question never has are reported as an `info` issue
 * @throws MinatError `option-invalid` for an empty code or a chained map (`A → B`, `B → C`)
 * @example harmoniseQuestion(survey.destination, { MO: 'HK' }).question.levels // no 'MO'
 */
export function harmoniseQuestion(q: DestinationAnswers, map: Record<string, string>): HarmonisedQuestion {
  for (const [from, to] of Object.entries(map)) {
    if (from === '' || typeof to !== 'string' || to === '') {
      throw new MinatError(
        'option-invalid',
        `invalid harmonise entry ${JSON.stringify(from)} → ${JSON.stringify(to)}: expected two non-empty destination codes, e.g. { MO: 'HK' }`,
        { value: `${from}=${String(to)}`, expected: 'code → code, both non-empty' },
      );
    }
    if (to !== from && map[to] !== undefined && map[to] !== to) {
      throw new MinatError(
        'option-invalid',
        `invalid harmonise map: ${from} → ${to} and ${to} → ${map[to]} chain; map ${from} straight to the code it becomes in every wave`,
        { value: `${from}=${to}`, expected: `${from}=${map[to]}` },
      );
    }
  }
  const issues: Issue[] = [];
  const unused = Object.keys(map).filter((code) => !q.levels.includes(code));
  if (unused.length > 0) {
    issues.push({
      level: 'info',
      code: 'harmonise-unused',
      message: `harmonise: question ${q.key} has no answers coded ${unused.join(', ')}; those entries change nothing`,
      count: unused.length,
      details: { codes: unused },
    });
  }
  const applied: Record<string, string> = {};
  const levels: string[] = [];
  const recode = Int32Array.from(q.levels, (code) => {
    const to = map[code] ?? code;
    if (to !== code) applied[code] = to;
    let k = levels.indexOf(to);
    if (k < 0) k = levels.push(to) - 1;
    return k;
  });
  const n = q.answered.length;
  let merged = 0;
  const slots = q.slots.map((slot) => Int32Array.from(slot, (c) => (c < 0 ? c : recode[c]!)));
  if (slots.length > 1) {
    for (let i = 0; i < n; i++) {
      let dropped = false;
      for (let r = 1; r < slots.length; r++) {
        const c = slots[r]![i]!;
        if (c < 0) continue;
        for (let s = 0; s < r; s++) {
          if (slots[s]![i] === c) {
            slots[r]![i] = -1;
            dropped = true;
            break;
          }
        }
      }
      if (dropped) merged++;
    }
  }
  const question: DestinationAnswers = { ...q, levels, slots };
  if (q.sets) {
    const offsets = new Int32Array(n + 1);
    const codes: number[] = [];
    for (let i = 0; i < n; i++) {
      const seen = new Set<number>();
      for (let j = q.sets.offsets[i]!; j < q.sets.offsets[i + 1]!; j++) seen.add(recode[q.sets.codes[j]!]!);
      if (seen.size < q.sets.offsets[i + 1]! - q.sets.offsets[i]!) merged++;
      codes.push(...seen);
      offsets[i + 1] = codes.length;
    }
    question.sets = { offsets, codes: Int32Array.from(codes) };
  }
  if (merged > 0) {
    issues.push({
      level: 'info',
      code: 'harmonise-merged-answers',
      message: `harmonise: ${merged} respondents named two codes that now coincide; each such destination is counted once, at its first mention`,
      count: merged,
    });
  }
  return { question, applied, issues };
}
