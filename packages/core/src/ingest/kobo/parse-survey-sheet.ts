import { formSheetHeader } from './form-sheet-header.ts';
import type { WorkbookSheet } from './read-workbook-sheets.ts';
import type { XlsFormQuestion } from './xls-form.ts';
import { xlsFormError } from './xls-form-error.ts';

interface OpenGroup {
  /** `group`, `repeat`, or a KoBoToolbox block (`kobomatrix`, `score`, `rank`). */
  kind: string;
  name: string;
  labels: Record<string, string>;
  row: number;
}

/** What the `survey` sheet holds. */
export interface SurveySheet {
  questions: XlsFormQuestion[];
  /** Label columns of the sheet (key and name as written), in column order. */
  languages: { key: string; name: string }[];
}

const SELECT = /^(select_one|select_multiple|select one|select multiple|rank)(?:\s+(\S+))?(?:\s+or_other)?$/i;

/**
 * Parses the `survey` sheet of an XLSForm: questions with their types, choice lists, labels and
 * group paths. Checks the structure (type and name columns, matching begin/end group rows, unique
 * names within a group); choice lists are checked by {@link parseXlsForm}.
 *
 * @param sheet - the `survey` sheet
 * @param file - the form's file name, for messages
 * @throws MinatError `xlsform-invalid` naming the file, sheet, row, column and value
 * @example
 * ```ts
 * const { questions } = parseSurveySheet(sheet, 'form.xlsx');
 * ```
 */
export function parseSurveySheet(sheet: WorkbookSheet, file: string): SurveySheet {
  const header = formSheetHeader(sheet);
  const typeColumn = header.columns.get('type');
  const nameColumn = header.columns.get('name');
  for (const [column, index] of [
    ['type', typeColumn],
    ['name', nameColumn],
  ] as const) {
    if (index === undefined) {
      throw xlsFormError(
        { file, sheet: sheet.name, row: header.headerIndex + 1, column },
        `no "${column}" column (headers: ${header.headers.filter((h) => h.trim()).join(', ') || 'none'})`,
        'a header row with the columns type, name and label',
      );
    }
  }
  const questions: XlsFormQuestion[] = [];
  const autonameColumn = header.columns.get('$autoname');
  const stack: OpenGroup[] = [];
  const seen = new Map<string, number>();
  for (let r = header.headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const row = r + 1;
    const rawType = (cells[typeColumn ?? -1] ?? '').trim().replace(/\s+/g, ' ');
    // KoBoToolbox's own XLSForm downloads may leave `name` blank and fill `$autoname`.
    const name = (cells[nameColumn ?? -1] || cells[autonameColumn ?? -1] || '').trim();
    const place = { file, sheet: sheet.name, row };
    if (rawType === '' && name === '') continue;
    const labels: Record<string, string> = {};
    for (const l of header.labels) {
      const text = (cells[l.index] ?? '').trim();
      if (text !== '') labels[l.key] = text;
    }
    const lower = rawType.toLowerCase();
    const end = /^end[ _]([a-z]+)$/.exec(lower);
    if (end) {
      const open = stack.pop();
      if (!open || open.kind !== end[1]) {
        throw xlsFormError(
          { ...place, column: 'type', value: rawType },
          open
            ? `"${rawType}" closes the ${open.kind} "${open.name}" opened in row ${open.row}`
            : 'nothing to end',
          open ? `end ${open.kind}` : 'a matching "begin group" or "begin repeat" row above',
        );
      }
      continue;
    }
    if (rawType === '') {
      throw xlsFormError(
        { ...place, column: 'type', value: name },
        `"${name}" has no type`,
        'a question type',
      );
    }
    if (name === '') {
      throw xlsFormError(
        { ...place, column: 'name', value: rawType },
        `a "${rawType}" row has no name`,
        'a name',
      );
    }
    const pathKey = [...stack.map((g) => g.name), name].join('/');
    const earlier = seen.get(pathKey);
    if (earlier !== undefined) {
      throw xlsFormError(
        { ...place, column: 'name', value: name },
        `the name "${name}" is already used in row ${earlier}${stack.length ? ` of the same group` : ''}`,
        'names unique within a group',
      );
    }
    seen.set(pathKey, row);
    const begin = /^begin[ _]([a-z]+)$/.exec(lower);
    if (begin) {
      stack.push({ kind: begin[1] ?? 'group', name, labels, row });
      continue;
    }
    const select = SELECT.exec(rawType);
    let type = lower.split(' ')[0] ?? lower;
    let listName: string | undefined;
    if (select) {
      type = (select[1] ?? '').toLowerCase().replace(' ', '_');
      listName = select[2];
      if (!listName) {
        throw xlsFormError(
          { ...place, column: 'type', value: rawType },
          'no choice list named',
          `${type} LIST_NAME`,
        );
      }
    }
    questions.push({
      name,
      type,
      ...(listName !== undefined && { listName }),
      labels,
      groupPath: stack.map((g) => g.name),
      groupLabels: stack.map((g) => g.labels),
      inRepeat: stack.some((g) => g.kind === 'repeat'),
      row,
    });
  }
  const unclosed = stack.pop();
  if (unclosed) {
    throw xlsFormError(
      { file, sheet: sheet.name, row: unclosed.row, column: 'type', value: `begin ${unclosed.kind}` },
      `the ${unclosed.kind} "${unclosed.name}" is never closed`,
      `an "end ${unclosed.kind}" row below it`,
    );
  }
  return { questions, languages: header.labels.map(({ key, name }) => ({ key, name })) };
}
