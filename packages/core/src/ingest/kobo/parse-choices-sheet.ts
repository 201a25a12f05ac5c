import { formSheetHeader } from './form-sheet-header.ts';
import type { WorkbookSheet } from './read-workbook-sheets.ts';
import type { XlsFormChoice } from './xls-form.ts';
import { xlsFormError } from './xls-form-error.ts';

/** What the `choices` sheet holds. */
export interface ChoicesSheet {
  choices: Map<string, XlsFormChoice[]>;
  /** Spreadsheet row of the first choice of each list, for messages. */
  rows: Map<string, number>;
  /** Label columns of the sheet (key and name as written), in column order. */
  languages: { key: string; name: string }[];
}

/**
 * Parses the `choices` sheet of an XLSForm into choice lists.
 *
 * @param sheet - the `choices` sheet
 * @param file - the form's file name, for messages
 * @param allowDuplicates - the form's `allow_choice_duplicates` setting; when true a repeated choice
 *   name in a list keeps its first row, otherwise it is an error (default false)
 * @throws MinatError `xlsform-invalid` for a missing `list_name`/`name` column, a choice without a
 *   name or list, or a repeated choice name
 * @example
 * ```ts
 * const { choices } = parseChoicesSheet(sheet, 'form.xlsx');
 * choices.get('countries')?.map((c) => c.name); // ['JP', 'KR', …]
 * ```
 */
export function parseChoicesSheet(sheet: WorkbookSheet, file: string, allowDuplicates = false): ChoicesSheet {
  const header = formSheetHeader(sheet);
  const listColumn = header.columns.get('list_name') ?? header.columns.get('list name');
  const nameColumn = header.columns.get('name');
  if (listColumn === undefined || nameColumn === undefined) {
    const column = listColumn === undefined ? 'list_name' : 'name';
    throw xlsFormError(
      { file, sheet: sheet.name, row: header.headerIndex + 1, column },
      `no "${column}" column (headers: ${header.headers.filter((h) => h.trim()).join(', ') || 'none'})`,
      'a header row with the columns list_name, name and label',
    );
  }
  const autovalueColumn = header.columns.get('$autovalue');
  const choices = new Map<string, XlsFormChoice[]>();
  const rows = new Map<string, number>();
  const seen = new Map<string, number>();
  for (let r = header.headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const row = r + 1;
    const list = (cells[listColumn] ?? '').trim();
    const name = (cells[nameColumn] || cells[autovalueColumn ?? -1] || '').trim();
    if (list === '' && name === '') continue;
    const place = { file, sheet: sheet.name, row };
    if (list === '') {
      throw xlsFormError(
        { ...place, column: 'list_name', value: name },
        `choice "${name}" has no list`,
        'a list name',
      );
    }
    if (name === '') {
      throw xlsFormError(
        { ...place, column: 'name', value: list },
        `a choice of list "${list}" has no name`,
        'a name',
      );
    }
    const key = `${list}\u0000${name}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (allowDuplicates) continue;
      throw xlsFormError(
        { ...place, column: 'name', value: name },
        `list "${list}" already has a choice "${name}" (row ${earlier})`,
        'choice names unique within a list (or the setting allow_choice_duplicates = yes)',
      );
    }
    seen.set(key, row);
    const labels: Record<string, string> = {};
    for (const l of header.labels) {
      const text = (cells[l.index] ?? '').trim();
      if (text !== '') labels[l.key] = text;
    }
    let entries = choices.get(list);
    if (!entries) {
      entries = [];
      choices.set(list, entries);
      rows.set(list, row);
    }
    entries.push({ name, labels });
  }
  return { choices, rows, languages: header.labels.map(({ key, name }) => ({ key, name })) };
}
