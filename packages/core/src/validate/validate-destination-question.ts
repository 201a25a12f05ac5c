import {
  createDestinationMatcher,
  type DestinationMatch,
  type DestinationMatcher,
} from '../reference/create-destination-matcher.ts';
import type { DestinationQuestion } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import { IntBuffer } from './int-buffer.ts';
import type { RowProblems } from './row-problems.ts';
import { type MultiToken, splitMultiAnswer } from './split-multi-answer.ts';
import { takeItems } from './take-items.ts';
import type { DestinationAnswers } from './validated-survey.ts';

/** Unknown values seen in a question, with their counts and closest known names. */
export type UnknownTally = Map<string, { count: number; suggestions: string[]; column: string }>;

/** A destination question validated for every data row (rejected rows still included). */
export interface QuestionColumns {
  question: DestinationQuestion;
  dict: CategoricalBuilder;
  slots: Int32Array[];
  sets?: { offsets: Int32Array; codes: Int32Array };
  answered: Uint8Array;
  gaps: number[];
  /** Restricts to accepted rows. */
  take(keep: Int32Array): DestinationAnswers;
}

/** A multi-answer cell split once: its distinct codes in order, and its unknown tokens. */
interface SplitCell {
  codes: number[];
  unknown: MultiToken[];
}

const MISSING_CELL = -1;
const UNKNOWN_BASE = -2;

function splitCell(
  cell: string,
  separator: string,
  match: DestinationMatcher,
  dict: CategoricalBuilder,
): SplitCell {
  const codes: number[] = [];
  const unknown: MultiToken[] = [];
  for (const token of splitMultiAnswer(cell, separator, match)) {
    const m = token.match;
    if (m.kind === 'country' || m.kind === 'other') {
      const c = dict.code(m.code);
      if (!codes.includes(c)) codes.push(c);
    } else if (m.kind === 'unknown') unknown.push(token);
  }
  return { codes, unknown };
}

function takeSets(sets: NonNullable<QuestionColumns['sets']>, keep: Int32Array): DestinationAnswers['sets'] {
  let total = 0;
  for (let k = 0; k < keep.length; k++) total += sets.offsets[keep[k]! + 1]! - sets.offsets[keep[k]!]!;
  const offsets = new Int32Array(keep.length + 1);
  const codes = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k]!;
    for (let j = sets.offsets[i]!; j < sets.offsets[i + 1]!; j++) codes[at++] = sets.codes[j]!;
    offsets[k + 1] = at;
  }
  return { offsets, codes };
}

const YES = new Set(['1', '1.0', 'true', 'yes', 'ya', 'x']);
const NO = new Set(['0', '0.0', 'false', 'no', 'tidak']);

/** What a cell of a select_multiple option column says: blank, yes, no or invalid. */
const BLANK = 0;
const YES_ANSWER = 1;
const NO_ANSWER = 2;
const INVALID = 3;

function optionAnswer(cell: string): number {
  const v = cell.trim().toLowerCase();
  if (v === '') return BLANK;
  if (YES.has(v)) return YES_ANSWER;
  return NO.has(v) ? NO_ANSWER : INVALID;
}

function tallyUnknown(tally: UnknownTally, value: string, column: string, m: DestinationMatch): void {
  if (m.kind !== 'unknown') return;
  const key = value.trim();
  const t = tally.get(key);
  if (t) t.count++;
  else tally.set(key, { count: 1, suggestions: m.suggestions, column });
}

/**
 * Validates one destination question: every answer normalised to an ISO 3166-1 alpha-2 code
 * (`ZZ` for "another country"), blanks and declared no-answers missing, unknown names rejecting the row.
 */
export function validateDestinationQuestion(
  question: DestinationQuestion,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
  tally: UnknownTally,
): QuestionColumns {
  const options: Parameters<typeof createDestinationMatcher>[0] = {};
  if (question.other) options.other = question.other;
  if (question.noAnswer) options.noAnswer = question.noAnswer;
  if (question.codes) options.codes = question.codes;
  const match = createDestinationMatcher(options);
  const dict = new CategoricalBuilder(
    0,
    (question.codes ?? []).map((c) => c.code.toUpperCase()),
  );
  const answered = new Uint8Array(n);
  const slots: Int32Array[] = [];
  const gaps: number[] = [];
  let sets: QuestionColumns['sets'];
  const expected = 'a country name or ISO code, "Lainnya"/"Other" for another country, or blank';

  if (question.kind === 'single' || question.kind === 'ranked') {
    const columns = question.kind === 'single' ? [question.column] : question.columns;
    for (const name of columns) {
      const cells = lookup.cells(name, `destination (${question.key})`);
      const header = lookup.header(name);
      const slot = new Int32Array(n).fill(-1);
      /** Per distinct cell: its code (≥ 0), MISSING_CELL, or the index of its match in `unknowns`. */
      const byCell = new Map<string, number>();
      const unknowns: DestinationMatch[] = [];
      for (let i = 0; i < n; i++) {
        const cell = cells[i]!;
        let c = byCell.get(cell);
        if (c === undefined) {
          const m = match(cell);
          if (m.kind === 'country' || m.kind === 'other') c = dict.code(m.code);
          else if (m.kind === 'unknown') {
            c = UNKNOWN_BASE - unknowns.length;
            unknowns.push(m);
          } else c = MISSING_CELL;
          byCell.set(cell, c);
        }
        if (c >= 0) slot[i] = c;
        else if (c !== MISSING_CELL) {
          const m = unknowns[UNKNOWN_BASE - c]! as Extract<DestinationMatch, { kind: 'unknown' }>;
          problems.add(
            i,
            header,
            cell,
            'destination-unknown',
            { suggestions: m.suggestions.join(', ') },
            expected,
          );
          tallyUnknown(tally, cell, header, m);
        }
      }
      slots.push(slot);
    }
    const zz = dict.levels.indexOf('ZZ');
    for (let i = 0; i < n; i++) {
      let seenMissing = false;
      let gap = false;
      for (let s = 0; s < slots.length; s++) {
        const c = slots[s]![i]!;
        if (c < 0) {
          seenMissing = true;
          continue;
        }
        answered[i] = 1;
        if (seenMissing) gap = true;
        for (let t = 0; t < s; t++) {
          if (slots[t]![i] === c && c !== zz) {
            const name = question.kind === 'ranked' ? question.columns[s]! : question.column;
            problems.add(
              i,
              lookup.header(name),
              dict.levels[c]!,
              'destination-repeated',
              {},
              'a destination not chosen earlier',
            );
          }
        }
      }
      if (gap) gaps.push(i);
    }
  } else {
    const offsets = new Int32Array(n + 1);
    const codes = new IntBuffer(n * 2);
    if (question.column) {
      const cells = lookup.cells(question.column, `destination (${question.key})`);
      const header = lookup.header(question.column);
      const byCell = new Map<string, SplitCell>();
      for (let i = 0; i < n; i++) {
        const cell = cells[i]!;
        let split = byCell.get(cell);
        if (split === undefined) {
          split = splitCell(cell, question.separator, match, dict);
          byCell.set(cell, split);
        }
        for (let k = 0; k < split.codes.length; k++) codes.push(split.codes[k]!);
        for (const token of split.unknown) {
          const m = token.match as Extract<DestinationMatch, { kind: 'unknown' }>;
          problems.add(
            i,
            header,
            token.text,
            'destination-unknown',
            { suggestions: m.suggestions.join(', ') },
            expected,
          );
          tallyUnknown(tally, token.text, header, m);
        }
        if (split.codes.length > 0) answered[i] = 1;
        offsets[i + 1] = codes.length;
      }
    } else {
      const opts = (question.options ?? []).map((o) => {
        const m = match(o.code);
        const code = m.kind === 'country' || m.kind === 'other' ? m.code : o.code.toUpperCase();
        return {
          code: dict.code(code),
          cells: lookup.cells(o.column, `option ${o.code} of ${question.key}`),
          header: lookup.header(o.column),
        };
      });
      const answerOf = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        let any = false;
        for (const o of opts) {
          const cell = o.cells[i]!;
          let a = answerOf.get(cell);
          if (a === undefined) {
            a = optionAnswer(cell);
            answerOf.set(cell, a);
          }
          if (a === BLANK) continue;
          any = true;
          if (a === YES_ANSWER) codes.push(o.code);
          else if (a === INVALID)
            problems.add(i, o.header, cell, 'option-value-invalid', {}, '1, 0 or blank');
        }
        if (any) answered[i] = 1;
        offsets[i + 1] = codes.length;
      }
    }
    sets = { offsets, codes: codes.toInt32Array() };
  }

  const result: QuestionColumns = {
    question,
    dict,
    slots,
    answered,
    gaps,
    take(keep) {
      const out: DestinationAnswers = {
        key: question.key,
        kind: question.kind,
        base: question.base,
        levels: dict.levels,
        slots: slots.map((s) => takeItems(s, keep, new Int32Array(keep.length))),
        answered: takeItems(answered, keep, new Uint8Array(keep.length)),
      };
      if (sets) out.sets = takeSets(sets, keep);
      return out;
    },
  };
  if (sets) result.sets = sets;
  return result;
}
