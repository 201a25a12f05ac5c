import { join } from 'node:path';
import type { SurveyRow } from './columns.ts';
import { koboMeta } from './kobo-meta.ts';
import type { Reference } from './reference.ts';
import { createTextWriter, csvLine } from './write-csv.ts';
import { writeXlsx, type XlsxCell } from './write-xlsx.ts';
import { buildXlsForm, type XlsForm } from './xlsform.ts';

/** One column of the export: its header and how to get its value from a row. */
interface ExportColumn {
  header: string;
  value: (row: SurveyRow) => string;
}

const SURVEY_SHEET = [
  'type',
  'name',
  'label::English (en)',
  'label::Indonesian (id)',
  'required',
  'relevant',
];
const SURVEY_MORE = ['constraint', 'choice_filter', 'calculation'] as const;
/** KoBo's asset-version id (`__version__`): a made-up uid in KoBo's format. */
const KOBO_VERSION = 'vQm7kYpWb3RzT8fXhN2cJd';
const META_AFTER = ['_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags'];

/** Writes the XLSForm as `form.xlsx` with sheets survey, choices and settings. */
async function writeForm(form: XlsForm, path: string): Promise<void> {
  const blank = (v: string | undefined): XlsxCell => (v === undefined || v === '' ? null : v);
  const survey = [
    [...SURVEY_SHEET, ...SURVEY_MORE],
    ...form.survey.map((r) =>
      [r.type, r.name, r.en, r.id, r.required, r.relevant, ...SURVEY_MORE.map((k) => r[k])].map(blank),
    ),
  ];
  const choices = [
    ['list_name', 'name', 'label::English (en)', 'label::Indonesian (id)'],
    ...form.choices.map((c) => [c.list_name, c.name, c.en, c.id]),
  ];
  const settings = [Object.keys(form.settings), Object.values(form.settings)];
  await writeXlsx(
    [
      { name: 'survey', rows: survey },
      { name: 'choices', rows: choices },
      { name: 'settings', rows: settings },
    ],
    path,
  );
}

/**
 * The export columns in KoBo's "Labels (Indonesian)" mode with groups in headers (separator `/`): as
 * formpack does, each header is the group LABELS (the name when a group or question has no label) and
 * the question label; select_one values become choice labels; select_multiple gives a summary column
 * (labels joined by spaces) and one `…/<option label>` column per option holding 1/0, blank when the
 * question was not answered.
 */
function exportColumns(form: XlsForm): ExportColumn[] {
  const labelOf = new Map(form.choices.map((c) => [`${c.list_name}\u0000${c.name}`, c.id]));
  const groups: string[] = [];
  const columns: ExportColumn[] = [];
  for (const r of form.survey) {
    if (r.type === 'begin_group') groups.push(r.id ?? r.name);
    if (r.type === 'end_group') groups.pop();
    if (r.type === 'begin_group' || r.type === 'end_group' || r.type === 'start' || r.type === 'end')
      continue;
    const header = [...groups, r.id ?? r.name].join('/');
    const name = r.name as keyof SurveyRow;
    const [kind, listName] = r.type.split(' ');
    const choice = (code: string) => labelOf.get(`${listName}\u0000${code}`) ?? code;
    if (kind === 'select_one') {
      columns.push({ header, value: (row) => (row[name] === '' ? '' : choice(String(row[name]))) });
    } else if (kind === 'select_multiple') {
      const split = (row: SurveyRow) => String(row[name]).split(' ').filter(Boolean);
      columns.push({ header, value: (row) => split(row).map(choice).join(' ') });
      for (const c of form.choices.filter((o) => o.list_name === listName)) {
        columns.push({
          header: `${header}/${c.id}`,
          value: (row) => (row[name] === '' ? '' : split(row).includes(c.name) ? '1' : '0'),
        });
      }
    } else {
      columns.push({ header, value: (row) => String(row[name]) });
    }
  }
  return columns;
}

/**
 * Writes the KoBoToolbox-style files of the 2026 wave to `dir`: the XLSForm `form.xlsx` and the data
 * export `survey-2026.csv` ("Labels (Indonesian)", groups in headers, `;`-separated, every field quoted,
 * UTF-8 with BOM, CRLF), with the KoBo metadata columns (`start`, `end` first, as the form puts them;
 * `_id`, `_uuid`, `_submission_time`, `_validation_status`, `_notes`, `_status`, `_submitted_by`,
 * `__version__`, `_tags`, `_index` at the end).
 *
 * @param rows - the 2026 rows of `survey.csv`, in order
 * @param ref - reference tables
 * @param dir - target folder (`data/sample/kobo`)
 * @param seed - master seed (for the metadata)
 * @returns the paths written
 * @example
 * ```ts
 * await writeKobo(rows2026, ref, 'data/sample/kobo', 20260212);
 * ```
 */
export async function writeKobo(
  rows: SurveyRow[],
  ref: Reference,
  dir: string,
  seed: number,
): Promise<string[]> {
  const form = buildXlsForm(ref);
  const formPath = join(dir, 'form.xlsx');
  await writeForm(form, formPath);
  const columns = exportColumns(form);
  const meta = koboMeta(rows, seed);
  const style = { delimiter: ';', quoteAll: true, eol: '\r\n' } as const;
  const dataPath = join(dir, 'survey-2026.csv');
  const out = createTextWriter(dataPath, true);
  out.write(
    csvLine(
      [
        'start',
        'end',
        ...columns.map((c) => c.header),
        '_id',
        '_uuid',
        '_submission_time',
        ...META_AFTER,
        '_index',
      ],
      style,
    ),
  );
  rows.forEach((row, i) => {
    const m = meta[i]!;
    const after = ['', '', 'submitted_via_web', '', KOBO_VERSION, ''];
    const cells = [m.start, m.end, ...columns.map((c) => c.value(row)), m._id, m._uuid, m._submission_time];
    out.write(csvLine([...cells, ...after, String(i + 1)], style));
  });
  out.close();
  return [formPath, dataPath];
}
