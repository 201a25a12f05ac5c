import { createDestinationMatcher, type DestinationMatch } from '../reference/create-destination-matcher.ts';
import type { DestinationQuestion } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import type { RowProblems } from './row-problems.ts';
import { splitMultiAnswer } from './split-multi-answer.ts';
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

const YES = new Set(['1', '1.0', 'true', 'yes', 'ya', 'x']);
const NO = new Set(['0', '0.0', 'false', 'no', 'tidak']);

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
      for (let i = 0; i < n; i++) {
        const m = match(cells[i]!);
        if (m.kind === 'country' || m.kind === 'other') slot[i] = dict.code(m.code);
        else if (m.kind === 'unknown') {
          problems.add(
            i,
            header,
            cells[i]!,
            'destination-unknown',
            { suggestions: m.suggestions.join(', ') },
            expected,
          );
          tallyUnknown(tally, cells[i]!, header, m);
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
    const codes: number[] = [];
    if (question.column) {
      const cells = lookup.cells(question.column, `destination (${question.key})`);
      const header = lookup.header(question.column);
      for (let i = 0; i < n; i++) {
        const seen = new Set<number>();
        for (const token of splitMultiAnswer(cells[i]!, question.separator, match)) {
          const m = token.match;
          if (m.kind === 'country' || m.kind === 'other') {
            const c = dict.code(m.code);
            if (!seen.has(c)) {
              seen.add(c);
              codes.push(c);
            }
          } else if (m.kind === 'unknown') {
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
        }
        if (seen.size > 0) answered[i] = 1;
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
      for (let i = 0; i < n; i++) {
        let any = false;
        for (const o of opts) {
          const v = o.cells[i]!.trim().toLowerCase();
          if (v === '') continue;
          any = true;
          if (YES.has(v)) codes.push(o.code);
          else if (!NO.has(v))
            problems.add(i, o.header, o.cells[i]!, 'option-value-invalid', {}, '1, 0 or blank');
        }
        if (any) answered[i] = 1;
        offsets[i + 1] = codes.length;
      }
    }
    sets = { offsets, codes: Int32Array.from(codes) };
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
        slots: slots.map((s) => Int32Array.from(keep, (i) => s[i]!)),
        answered: Uint8Array.from(keep, (i) => answered[i]!),
      };
      if (sets) {
        const offsets = new Int32Array(keep.length + 1);
        const codes: number[] = [];
        keep.forEach((i, k) => {
          for (let j = sets!.offsets[i]!; j < sets!.offsets[i + 1]!; j++) codes.push(sets!.codes[j]!);
          offsets[k + 1] = codes.length;
        });
        out.sets = { offsets, codes: Int32Array.from(codes) };
      }
      return out;
    },
  };
  if (sets) result.sets = sets;
  return result;
}
