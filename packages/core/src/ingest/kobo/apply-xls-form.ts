import type { Issue } from '../../errors/issue.ts';
import type { RawTable } from '../raw-table.ts';
import { buildHeaderIndex, type HeaderTarget } from './build-header-index.ts';
import { foldHeader } from './fold-header.ts';
import { isKoboMetaColumn } from './is-kobo-meta-column.ts';
import { mapChoiceValues } from './map-choice-values.ts';
import { pickLanguage } from './pick-language.ts';
import type { HeaderMapping, XlsForm, XlsFormQuestion } from './xls-form.ts';

/** Options of {@link applyXlsForm}. */
export interface ApplyXlsFormOptions {
  /**
   * Language of label headers, as a key (`id`), the name in the form (`Indonesian (id)`) or without its
   * code (`Indonesian`). Default: the language whose labels match the most headers.
   */
  language?: string;
}

/**
 * Reads a KoBoToolbox / ODK Central export with its XLSForm: renames the columns to the form's XML
 * names and turns choice labels in the cells into choice names, so that one survey schema fits every
 * export option ("XML values and headers" or labels in any language, with or without group names,
 * select_multiple as summary, details or both).
 *
 * Canonical headers: a question's column becomes its bare XML name (`dest_1`), or its `/`-joined path
 * (`grp/age`) when the form uses the name in several groups; a select_multiple detail column becomes
 * `<question>/<choice name>` (`considered/JP`); a geopoint part `_<question>_<part>` (`_loc_latitude`).
 * Meta columns and columns the form does not know keep their header. When two columns would get the
 * same header, the later keeps its own (with a warning).
 *
 * Headers are recognised, ignoring case and spacing, by XML name with any group path and separator
 * (`/`, `-`, `.`), else by label in the chosen language (group labels optional), detail columns as
 * `<question><sep><choice>` by names or by labels. A header matching several questions stays as
 * written, with a warning. Cells of select_one columns and select_multiple summary columns holding
 * labels (any language) become choice names; cells already holding names stay; a cell matching no
 * choice stays as written and gets one warning per (column, value) with its count. Rows, row numbers
 * and row problems pass through unchanged; no column or row is dropped.
 *
 * @param table - the export as read by `readTable`
 * @param form - the export's form, from {@link parseXlsForm}
 * @param options - the language of label headers (default: detected)
 * @returns the new table, diagnostics (an `xlsform-applied` info first) and how each header was read
 * @throws MinatError `option-invalid` when `options.language` is not a language of the form
 * @example
 * ```ts
 * const form = await parseXlsForm({ name: 'form.xlsx', bytes: formBytes });
 * const { table: canonical, issues } = applyXlsForm(await readTable(input), form);
 * resolveColumn(canonical.headers, 'considered/JP');
 * ```
 */
export function applyXlsForm(
  table: RawTable,
  form: XlsForm,
  options: ApplyXlsFormOptions = {},
): { table: RawTable; issues: Issue[]; mapping: HeaderMapping[] } {
  const file = table.source.name;
  const index = buildHeaderIndex(form);
  const folded = table.headers.map(foldHeader);
  const byName = folded.map((h) => index.names.get(h));
  const unnamed = folded.filter((_, i) => !byName[i] && !isKoboMetaColumn(table.headers[i] ?? ''));
  const language = pickLanguage(form, index, unnamed, options.language, file);
  const labels = language === undefined ? undefined : index.labels.get(language);
  const canonicalName = canonicalQuestionNames(form.questions);
  const issues: Issue[] = [];
  const questionOf: (XlsFormQuestion | undefined)[] = [];
  const mapping: HeaderMapping[] = table.headers.map((header, i) => {
    const base = { index: i, header, canonical: header };
    const named = byName[i];
    const labelled = named || isKoboMetaColumn(header) ? undefined : labels?.get(folded[i] ?? '');
    if (!named && !labelled) return { ...base, kind: isKoboMetaColumn(header) ? 'meta' : 'unknown' };
    const targets = named ?? labelled ?? [];
    const matchedBy = named ? 'name' : 'label';
    const [target] = targets;
    if (targets.length > 1 || !target) {
      const what = targets.map((t) => describe(t, canonicalName));
      issues.push({
        level: 'warning',
        code: 'xlsform-header-ambiguous',
        message: `${file}: column "${header}" matches several ${matchedBy === 'name' ? 'names' : 'labels'} of the form ${form.file} (${what.join(', ')}); kept as written`,
        file,
        column: header,
        details: { candidates: what },
      });
      return { ...base, kind: 'ambiguous' };
    }
    if (target.kind === 'question') questionOf[i] = target.question;
    return {
      ...base,
      canonical: describe(target, canonicalName),
      kind: target.kind,
      question: canonicalName.get(target.question) ?? target.question.name,
      ...(target.option !== undefined && { option: target.option }),
      ...(target.part !== undefined && { part: target.part }),
      matchedBy,
      ...(matchedBy === 'label' && { language }),
    };
  });
  issues.push(...uniqueHeaders(mapping, file));
  const columns = table.columns.map((cells, i) => {
    const m = mapping[i];
    const question = questionOf[i];
    if (
      !m ||
      !question?.listName ||
      (question.type !== 'select_one' && question.type !== 'select_multiple')
    ) {
      return cells;
    }
    const mapped = mapChoiceValues(cells, question, form.choices.get(question.listName) ?? [], language);
    for (const problem of mapped.problems) {
      issues.push({
        level: 'warning',
        code: problem.kind === 'ambiguous' ? 'xlsform-value-ambiguous' : 'xlsform-value-unknown',
        message:
          `${file}, column "${m.header}": ${problem.count} row(s) hold "${problem.value}", which ` +
          (problem.kind === 'ambiguous'
            ? `is a label of several choices (${problem.names.join(', ')})`
            : `is no choice name or label`) +
          ` of the list "${question.listName}" in ${form.file}; kept as written`,
        file,
        row: table.rowNumbers[problem.firstRow] ?? problem.firstRow,
        column: m.header,
        value: problem.value,
        count: problem.count,
        expected: `a choice of the list "${question.listName}"`,
        details: { question: question.name, list: question.listName },
      });
    }
    return mapped.cells;
  });
  issues.unshift(summary(mapping, form, file, language));
  return { table: { ...table, headers: mapping.map((m) => m.canonical), columns }, issues, mapping };
}

/** Bare names where the form uses them once, else the `/`-joined group path. */
function canonicalQuestionNames(questions: XlsFormQuestion[]): Map<XlsFormQuestion, string> {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.name, (counts.get(q.name) ?? 0) + 1);
  return new Map(
    questions.map((q) => [q, (counts.get(q.name) ?? 0) > 1 ? [...q.groupPath, q.name].join('/') : q.name]),
  );
}

function describe(target: HeaderTarget, names: Map<XlsFormQuestion, string>): string {
  const name = names.get(target.question) ?? target.question.name;
  if (target.kind === 'select-detail') return `${name}/${target.option}`;
  if (target.kind === 'gps') return `_${name}_${target.part}`;
  return name;
}

/** Gives mapped columns their canonical header unless another column already has it. */
function uniqueHeaders(mapping: HeaderMapping[], file: string): Issue[] {
  const fixed = (m: HeaderMapping) => m.kind === 'meta' || m.kind === 'unknown' || m.kind === 'ambiguous';
  const used = new Set(mapping.filter(fixed).map((m) => m.header));
  const issues: Issue[] = [];
  const order = [
    ...mapping.filter((m) => m.matchedBy === 'name'),
    ...mapping.filter((m) => m.matchedBy === 'label'),
  ];
  for (const m of order) {
    if (!used.has(m.canonical)) {
      used.add(m.canonical);
      continue;
    }
    const wanted = m.canonical;
    let header = m.header;
    for (let n = 2; used.has(header); n++) header = `${m.header} (${n})`;
    used.add(header);
    m.canonical = header;
    issues.push({
      level: 'warning',
      code: 'xlsform-header-duplicate',
      message: `${file}: column "${m.header}" is "${wanted}" of the form, but another column already is; kept as "${header}"`,
      file,
      column: m.header,
    });
  }
  return issues;
}

function summary(mapping: HeaderMapping[], form: XlsForm, file: string, language: string | undefined): Issue {
  const count = (test: (m: HeaderMapping) => boolean) => mapping.filter(test).length;
  const unknown = mapping.filter((m) => m.kind === 'unknown').map((m) => m.header);
  const languageName =
    language === undefined ? '' : ` in ${form.languageNames[language] || 'the default language'}`;
  return {
    level: 'info',
    code: 'xlsform-applied',
    message:
      `${file}: read with the form ${form.file}: ${count((m) => m.matchedBy === 'name')} columns by XML name, ` +
      `${count((m) => m.matchedBy === 'label')} by label${languageName}, ${count((m) => m.kind === 'meta')} meta` +
      (unknown.length
        ? `, ${unknown.length} not in the form (${unknown.slice(0, 8).join(', ')}${unknown.length > 8 ? ', …' : ''})`
        : ''),
    file,
    details: { language: language ?? null, unknown },
  };
}
