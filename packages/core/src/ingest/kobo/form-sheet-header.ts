import { type LabelColumnLanguage, labelColumnLanguage } from './label-column-language.ts';
import type { WorkbookSheet } from './read-workbook-sheets.ts';

/** The header of an XLSForm sheet. */
export interface FormSheetHeader {
  /** 0-based index in `sheet.rows` of the header row (the first row with a non-blank cell), -1 if none. */
  headerIndex: number;
  /** Header text as written, by column index. */
  headers: string[];
  /** Column index of each header, keyed lower-cased and trimmed (first occurrence wins). */
  columns: Map<string, number>;
  /** The label columns with their languages, in column order. */
  labels: (LabelColumnLanguage & { index: number })[];
}

/**
 * Finds the header row of an XLSForm sheet and indexes its columns.
 *
 * @param sheet - a sheet from {@link readWorkbookSheets}
 * @example
 * ```ts
 * const h = formSheetHeader(surveySheet);
 * const typeColumn = h.columns.get('type');
 * ```
 */
export function formSheetHeader(sheet: WorkbookSheet): FormSheetHeader {
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const headers = headerIndex < 0 ? [] : (sheet.rows[headerIndex] ?? []);
  const columns = new Map<string, number>();
  const labels: FormSheetHeader['labels'] = [];
  headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    if (key !== '' && !columns.has(key)) columns.set(key, index);
    const language = labelColumnLanguage(header);
    if (language && !labels.some((l) => l.key === language.key)) labels.push({ ...language, index });
  });
  return { headerIndex, headers, columns, labels };
}
