/**
 * Types of a parsed XLSForm (the form definition KoBoToolbox and ODK Central use).
 *
 * Language keys: a label column `label::English (en)` gives the key `en` (the code in the trailing
 * parentheses, lower-cased); `label::Bahasa Indonesia` (no code) gives the key `Bahasa Indonesia`
 * (the name as written, trimmed); a plain `label` column gives the key `''`.
 */

/** One choice of a choice list (a row of the `choices` sheet). */
export interface XlsFormChoice {
  /** The choice name (the value stored in "XML values" exports), e.g. `JP`. */
  name: string;
  /** Label per language key (see the module note); absent for languages without a label. */
  labels: Record<string, string>;
}

/**
 * A question of the `survey` sheet. Groups and repeats are not questions: they show in
 * {@link XlsFormQuestion.groupPath}.
 */
export interface XlsFormQuestion {
  /** The question name (XML name), e.g. `dest_1`. */
  name: string;
  /**
   * The type, lower-cased, without its list name: `select_one`, `select_multiple`, `integer`, `text`,
   * `select_one_from_file`, `calculate`, `geopoint`, … (as written in the form).
   */
  type: 'select_one' | 'select_multiple' | (string & {});
  /** Choice list of a `select_one LIST` / `select_multiple LIST` (always present in `choices`). */
  listName?: string;
  /** Label per language key; empty when the question has no label. */
  labels: Record<string, string>;
  /** Names of the enclosing groups, repeats (and KoBo `begin_kobomatrix`/`begin_score`/`begin_rank` blocks), outermost first (`[]` at the top level). */
  groupPath: string[];
  /** Labels of the enclosing groups and repeats per language key, parallel to `groupPath`. */
  groupLabels: Record<string, string>[];
  /** Whether the question sits inside a repeat (its answers are exported to a separate sheet). */
  inRepeat: boolean;
  /** The row of the `survey` sheet defining the question (header = row 1). */
  row: number;
}

/** A parsed XLSForm. */
export interface XlsForm {
  /** File name as given by the caller. */
  file: string;
  /** Language keys of the label columns, in column order (`''` for a plain `label` column). */
  languages: string[];
  /** Language key to the language as written in the header (`en` → `English (en)`; `''` → `''`). */
  languageNames: Record<string, string>;
  /** Questions in form order (groups, repeats and their ends excluded). */
  questions: XlsFormQuestion[];
  /** Choice lists by list name, choices in sheet order. */
  choices: Map<string, XlsFormChoice[]>;
}

/**
 * How {@link applyXlsForm} read one column header.
 * - `question`: the column of a question (for a select_multiple: its summary column).
 * - `select-detail`: a select_multiple 0/1 column for one choice.
 * - `gps`: a part (latitude, longitude, altitude, precision) of a geopoint question.
 * - `meta`: a KoBoToolbox / ODK Central system column (`_id`, `_uuid`, `start`, `KEY`, …).
 * - `unknown`: matched nothing (kept as written).
 * - `ambiguous`: matched several questions or choices (kept as written, reported as a warning).
 */
export interface HeaderMapping {
  /** 0-based column index in the table. */
  index: number;
  /** Header as written in the file. */
  header: string;
  /** Header in the returned table. */
  canonical: string;
  kind: 'question' | 'select-detail' | 'gps' | 'meta' | 'unknown' | 'ambiguous';
  /** The question's canonical name (its name, or its `/` path when the name is not unique), for `question`, `select-detail` and `gps`. */
  question?: string;
  /** The choice name, for `select-detail`. */
  option?: string;
  /** The geopoint part, for `gps`. */
  part?: 'latitude' | 'longitude' | 'altitude' | 'precision';
  /** Whether the header was recognised by XML name or by label (then `language` is the label's language). */
  matchedBy?: 'name' | 'label';
  language?: string;
}
