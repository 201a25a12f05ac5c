import { isKoboMetaColumn } from './is-kobo-meta-column.ts';

/** A select_multiple question found in a form-less export. */
export interface DetectedSelectMultiple {
  /** The question as the headers write it, group path included (`grp/considered`). */
  question: string;
  /** The column holding the space-separated answers, when the export has it (header = `question`). */
  summaryColumn?: string;
  /** One 0/1 column per choice: `code` is the choice name, `column` the header as written. */
  options: { code: string; column: string }[];
  /** Separator between question and choice in the detail headers. */
  separator: '/' | '.';
}

const BINARY = new Set(['', '0', '1']);

/**
 * Finds select_multiple questions in an export without its form, from the detail columns that
 * KoBoToolbox (`question/option`), ODK Central (`group-question/option`) and some pipelines
 * (`question.option`) write: a group of headers `<question><sep><code>` is a select_multiple when
 * - every one of its columns holds only `0`, `1` or blank (checked when `columns` is given; an
 *   unanswered question leaves all its detail cells blank), and
 * - it has at least two detail columns, or one and the summary column `<question>`, and
 * - `columns` is given or the summary column is present (without the cells, a form group
 *   `grp/age`, `grp/sex` would look the same as a details-only select_multiple).
 *
 * Choice codes may hold spaces (exports with labels as headers: `Negara tujuan/Arab Saudi`).
 * A group with one non-0/1 column is not a select_multiple (it is a group of questions). A group of
 * yes/no questions coded 0/1 inside a form group looks like a select_multiple without summary; the
 * caller shows what was found so a person can check it. Meta columns are never taken.
 *
 * @param headers - the headers as written
 * @param columns - the cells, column-major as in `RawTable.columns` (optional but recommended)
 * @returns the questions in the order of their first column
 * @example
 * ```ts
 * detectSelectMultiple(['id', 'considered', 'considered/JP', 'considered/KR'], [[…], …]);
 * // [{ question: 'considered', summaryColumn: 'considered', separator: '/',
 * //    options: [{ code: 'JP', column: 'considered/JP' }, { code: 'KR', column: 'considered/KR' }] }]
 * ```
 */
export function detectSelectMultiple(headers: string[], columns?: string[][]): DetectedSelectMultiple[] {
  const taken = new Set<number>();
  const found: (DetectedSelectMultiple & { first: number })[] = [];
  for (const separator of ['/', '.'] as const) {
    const groups = new Map<string, { code: string; index: number }[]>();
    headers.forEach((header, index) => {
      if (taken.has(index) || isKoboMetaColumn(header)) return;
      const at = header.lastIndexOf(separator);
      const question = header.slice(0, at);
      const code = header.slice(at + 1);
      if (at <= 0 || code.trim() === '' || code.includes('/') || question.trim() === '') return;
      const members = groups.get(question) ?? [];
      members.push({ code, index });
      groups.set(question, members);
    });
    for (const [question, members] of groups) {
      const summary = headers.indexOf(question);
      const hasSummary = summary >= 0 && !members.some((m) => m.index === summary);
      if (members.length < (hasSummary ? 1 : 2)) continue;
      if (!columns && !hasSummary) continue;
      if (columns && !members.every((m) => isBinary(columns[m.index] ?? []))) continue;
      for (const m of members) taken.add(m.index);
      found.push({
        question,
        ...(hasSummary && { summaryColumn: question }),
        options: members.map((m) => ({ code: m.code, column: headers[m.index] ?? '' })),
        separator,
        first: Math.min(...members.map((m) => m.index), hasSummary ? summary : Number.POSITIVE_INFINITY),
      });
    }
  }
  return found.sort((a, b) => a.first - b.first).map(({ first: _, ...group }) => group);
}

function isBinary(cells: string[]): boolean {
  return cells.every((cell) => BINARY.has(cell.trim()));
}
