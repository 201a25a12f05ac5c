/** One respondent, as written to `survey.csv` (blank answers are `''`). */
export interface SurveyRow {
  resp_id: string;
  wave: number;
  province: string;
  regency: string;
  weight: number;
  sex: string;
  age: number;
  education: string;
  occupation: string;
  worked_abroad: string;
  intention: string;
  dest_1: string;
  dest_2: string;
  dest_3: string;
  considered: string;
  jlpt: string;
  jft_basic: string;
  cefr_german: string;
  eps_topik: string;
  skill_cert: string;
}

/**
 * The columns of `survey.csv`, in file order.
 *
 * @example
 * ```ts
 * SURVEY_COLUMNS.join(','); // the header line
 * ```
 */
export const SURVEY_COLUMNS: readonly (keyof SurveyRow)[] = [
  'resp_id',
  'wave',
  'province',
  'regency',
  'weight',
  'sex',
  'age',
  'education',
  'occupation',
  'worked_abroad',
  'intention',
  'dest_1',
  'dest_2',
  'dest_3',
  'considered',
  'jlpt',
  'jft_basic',
  'cefr_german',
  'eps_topik',
  'skill_cert',
];
