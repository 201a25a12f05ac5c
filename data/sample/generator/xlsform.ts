import { CODEBOOK, QUESTION_LABELS } from './codebook.ts';
import type { LookupRef, Reference } from './reference.ts';

/** A row of the XLSForm `survey` sheet. */
export interface FormRow {
  type: string;
  name: string;
  en?: string;
  id?: string;
  required?: string;
  relevant?: string;
  constraint?: string;
  choice_filter?: string;
  calculation?: string;
}

/** A row of the XLSForm `choices` sheet. */
export interface FormChoice {
  list_name: string;
  name: string;
  en: string;
  id: string;
}

/** An XLSForm: survey rows, choices and settings. */
export interface XlsForm {
  survey: FormRow[];
  choices: FormChoice[];
  settings: { form_title: string; version: string; default_language: string };
}

const q = (type: string, name: string, extra: Partial<FormRow> = {}): FormRow => {
  const label = QUESTION_LABELS[name];
  return { type, name, ...(label ? { en: label.en, id: label.id } : {}), required: 'true', ...extra };
};
/** An XPath reference to another question, `${name}`. */
const field = (name: string) => `\${${name}}`;
const group = (name: string, en: string, id: string): FormRow => ({ type: 'begin_group', name, en, id });
const end = (name: string): FormRow => ({ type: 'end_group', name });
const list = (listName: string, entries: LookupRef[]): FormChoice[] =>
  entries.map((e) => ({ list_name: listName, name: e.code, en: e.en, id: e.id }));

/**
 * The XLSForm of the 2026 wave as a KoBoToolbox project would hold it: `resp_id`, `wave` and `weight` at the
 * top (the weight pulled from an attached `bobot.csv`, as projects do when weights exist before
 * fieldwork), then groups `responden`, `tujuan` and `kesiapan`. Question and choice names are the column
 * names and codes of `survey.csv`, so the export maps back to exactly the same values.
 *
 * @param ref - reference tables (provinces, destinations, education)
 * @returns the form
 * @example
 * ```ts
 * buildXlsForm(ref).choices.find((c) => c.list_name === 'country' && c.name === 'JP')?.id; // 'Jepang'
 * ```
 */
export function buildXlsForm(ref: Reference): XlsForm {
  const country: LookupRef[] = [
    ...ref.destinations.map((d) => ({ code: d.iso2, en: d.nameEn, id: d.nameId })),
    CODEBOOK.otherCountry,
  ];
  const survey: FormRow[] = [
    { type: 'start', name: 'start' },
    { type: 'end', name: 'end' },
    q('text', 'resp_id'),
    { type: 'calculate', name: 'wave', calculation: '2026' },
    {
      type: 'calculate',
      name: 'weight',
      calculation: `pulldata('bobot', 'weight', 'resp_id', ${field('resp_id')})`,
    },
    group('responden', 'Respondent', 'Responden'),
    q('select_one province', 'province'),
    q('integer', 'regency', { constraint: '. >= 1101 and . <= 9799' }),
    q('select_one sex', 'sex'),
    q('integer', 'age', { constraint: '. >= 18 and . <= 55' }),
    q('select_one education', 'education'),
    q('select_one occupation', 'occupation'),
    q('select_one yes_no', 'worked_abroad'),
    end('responden'),
    group('tujuan', 'Destination', 'Tujuan'),
    q('select_one intention', 'intention'),
    q('select_one country', 'dest_1', { required: 'false' }),
    q('select_one country', 'dest_2', {
      required: 'false',
      relevant: `${field('dest_1')} != ''`,
      choice_filter: `name != ${field('dest_1')}`,
    }),
    q('select_one country', 'dest_3', {
      required: 'false',
      relevant: `${field('dest_2')} != ''`,
      choice_filter: `name != ${field('dest_1')} and name != ${field('dest_2')}`,
    }),
    q('select_multiple country', 'considered', {
      relevant: `${field('dest_1')} != ''`,
      constraint: `count-selected(.) <= 5 and selected(., ${field('dest_1')})`,
    }),
    end('tujuan'),
    group('kesiapan', 'Readiness', 'Kesiapan'),
    q('select_one jlpt', 'jlpt'),
    q('select_one jft', 'jft_basic'),
    q('select_one cefr', 'cefr_german'),
    q('select_one eps', 'eps_topik'),
    q('select_one yes_no', 'skill_cert'),
    end('kesiapan'),
  ];
  const choices = [
    ...list(
      'province',
      ref.provinces.map((p) => ({ code: p.code, en: p.nameEn, id: p.nameId })),
    ),
    ...list('sex', CODEBOOK.sex),
    ...list('education', ref.education),
    ...list('occupation', CODEBOOK.occupation),
    ...list('yes_no', CODEBOOK.yesNo),
    ...list('intention', CODEBOOK.intention),
    ...list('country', country),
    ...list('jlpt', CODEBOOK.jlpt),
    ...list('jft', CODEBOOK.jft),
    ...list('cefr', CODEBOOK.cefr),
    ...list('eps', CODEBOOK.eps),
  ];
  const settings = {
    form_title: 'Survei minat negara tujuan calon PMI 2026 (SINTETIS)',
    version: '2026020201',
    default_language: 'Indonesian (id)',
  };
  return { survey, choices, settings };
}
