import { formSheetHeader } from './form-sheet-header.ts';
import { parseChoicesSheet } from './parse-choices-sheet.ts';
import { parseSurveySheet } from './parse-survey-sheet.ts';
import { readWorkbookSheets, type WorkbookSheet } from './read-workbook-sheets.ts';
import type { XlsForm, XlsFormChoice } from './xls-form.ts';
import { xlsFormError } from './xls-form-error.ts';

/** Types whose list must be in the `choices` sheet (the `_from_file` / `_external` variants are not). */
const LIST_TYPES = new Set(['select_one', 'select_multiple', 'rank']);

/**
 * Reads an XLSForm (`.xlsx`), the form definition of KoBoToolbox and ODK Central, into questions and
 * choice lists with their labels in every language of the form.
 *
 * Sheets are found by name ignoring case: `survey` (required), `choices` (required when a question
 * uses a choice list) and `settings` (optional; `allow_choice_duplicates` is honoured). Language keys
 * are normalised: `label::English (en)` → `en`, `label::Indonesian (id)` → `id`, a name without a
 * code is kept as written, a plain `label` column is `''`.
 *
 * @param input - the file name (used in every message) and the workbook bytes
 * @returns the parsed form
 * @throws MinatError `xlsx-invalid` when the bytes are not an XLSX workbook; `xlsform-invalid`
 *   naming the file, sheet, row, column and value for a missing `survey` sheet, a missing `type` /
 *   `name` / `list_name` column, unmatched `begin`/`end group` rows, repeated names, a question
 *   without type or name, or a select question whose list is not in `choices`
 * @example
 * ```ts
 * const form = await parseXlsForm({ name: 'minat-form.xlsx', bytes });
 * form.languages; // ['en', 'id']
 * form.choices.get('countries')?.[0]; // { name: 'JP', labels: { en: 'Japan', id: 'Jepang' } }
 * ```
 */
export async function parseXlsForm(input: { name: string; bytes: Uint8Array }): Promise<XlsForm> {
  const file = input.name;
  const sheets = await readWorkbookSheets(input);
  const byName = (name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name);
  const surveySheet = byName('survey');
  if (!surveySheet) {
    throw xlsFormError(
      { file, sheet: 'survey' },
      `the workbook has no "survey" sheet (sheets: ${sheets.map((s) => s.name).join(', ') || 'none'})`,
      'an XLSForm with the sheets survey and choices',
    );
  }
  const survey = parseSurveySheet(surveySheet, file);
  const choicesSheet = byName('choices');
  const parsedChoices = choicesSheet
    ? parseChoicesSheet(choicesSheet, file, allowsChoiceDuplicates(byName('settings')))
    : undefined;
  const choices = parsedChoices?.choices ?? new Map<string, XlsFormChoice[]>();
  for (const q of survey.questions) {
    if (!LIST_TYPES.has(q.type) || q.listName === undefined || choices.has(q.listName)) continue;
    const known = [...choices.keys()];
    throw xlsFormError(
      { file, sheet: surveySheet.name, row: q.row, column: 'type', value: `${q.type} ${q.listName}` },
      choicesSheet
        ? `question "${q.name}" uses the choice list "${q.listName}", which the "choices" sheet does not have`
        : `question "${q.name}" uses the choice list "${q.listName}" but the workbook has no "choices" sheet`,
      known.length ? `one of the lists ${known.join(', ')}` : 'a "choices" sheet defining the list',
    );
  }
  const languageNames: Record<string, string> = {};
  for (const l of [...survey.languages, ...(parsedChoices?.languages ?? [])]) {
    if (!(l.key in languageNames)) languageNames[l.key] = l.name;
  }
  return { file, languages: Object.keys(languageNames), languageNames, questions: survey.questions, choices };
}

function allowsChoiceDuplicates(settings: WorkbookSheet | undefined): boolean {
  if (!settings) return false;
  const header = formSheetHeader(settings);
  const column = header.columns.get('allow_choice_duplicates');
  if (column === undefined) return false;
  const value = (settings.rows[header.headerIndex + 1]?.[column] ?? '').trim().toLowerCase();
  return value === 'yes' || value === 'true';
}
