import type { Issue } from '../errors/issue.ts';
import { detectSelectMultiple } from '../ingest/kobo/detect-select-multiple.ts';
import { isKoboMetaColumn } from '../ingest/kobo/is-kobo-meta-column.ts';
import type { RawTable } from '../ingest/raw-table.ts';
import { createDestinationMatcher } from '../reference/create-destination-matcher.ts';
import { createProvinceMatcher } from '../reference/create-province-matcher.ts';
import { foldText } from '../reference/fold-text.ts';
import { splitMultiAnswer } from '../validate/split-multi-answer.ts';
import { pmiAgeGroups, rolePatterns } from './role-patterns.ts';
import type { SurveySchemaInput } from './survey-schema.ts';

const SAMPLE = 2000;

/** The bare name of a header: the part after the last group separator (`/`). */
const bare = (h: string) => foldText(h.split('/').at(-1) ?? h);

function sampleValues(column: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < column.length && out.length < SAMPLE; i++) {
    const v = column[i]!.trim();
    if (v !== '') out.push(v);
  }
  return out;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let k = 0;
  for (const v of values) if (test(v)) k++;
  return k / values.length;
}

const isNumber = (v: string) => /^[+-]?\d+([.,]\d+)?$/.test(v);

/** A snake_case key for a header: bare name, accents removed, non-alphanumerics to `_`. */
function toKey(header: string, fallback: string): string {
  const name = (header.split('/').at(-1) ?? header)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') return fallback;
  return /^[a-z]/.test(name) ? name : `${fallback}_${name}`;
}

/**
 * Drafts a survey schema from a file's headers and values, for the user to confirm (`minat schema init`).
 * Recognises design columns by name, the province by name or values, destination columns by their values
 * (ranked when several numbered columns hold countries), select_multiple questions (space-separated
 * summary columns and KoBo/ODK `question/option` 0/1 columns), age to bin, intention and readiness
 * fields, and low-cardinality demographic columns. `notes` says what was inferred and what to check.
 *
 * @example const { schema, notes } = inferSurveySchema(await readTable(input));
 */
export function inferSurveySchema(table: RawTable): { schema: SurveySchemaInput; notes: Issue[] } {
  const notes: Issue[] = [];
  const note = (message: string, column?: string) => {
    const issue: Issue = { level: 'info', code: 'schema-inferred', message, file: table.source.name };
    if (column !== undefined) issue.column = column;
    notes.push(issue);
  };
  const used = new Set<string>();
  const headers = table.headers;
  const values = new Map(headers.map((h, c) => [h, sampleValues(table.columns[c]!)]));
  const byPattern = (re: RegExp) => headers.find((h) => !used.has(h) && re.test(bare(h)));
  const take = (h: string | undefined) => {
    if (h !== undefined) used.add(h);
    return h;
  };
  const schema: Record<string, unknown> = { version: 1 };
  for (const role of ['id', 'wave', 'weight', 'strata', 'psu'] as const) {
    const h = take(byPattern(rolePatterns[role]));
    if (h) {
      schema[role] = h;
      note(`${role}: column "${h}" (by its name)`, h);
    }
  }
  const fpc = take(byPattern(rolePatterns.fpc));
  if (fpc) schema['fpc'] = { column: fpc };

  const province = createProvinceMatcher();
  const provinceColumn = take(
    byPattern(rolePatterns.province) ??
      headers.find(
        (h) =>
          !used.has(h) &&
          !isNumber(values.get(h)![0] ?? 'x') &&
          share(values.get(h)!, (v) => province(v).kind === 'province') > 0.9,
      ),
  );
  if (provinceColumn) {
    schema['province'] = { column: provinceColumn };
    note(`province: column "${provinceColumn}"`, provinceColumn);
    if (!schema['strata'])
      note(
        'no strata column found: if the sample was stratified by province, set "strata" to the province column',
      );
  }

  const dest = createDestinationMatcher();
  const isDest = (v: string) => dest(v).kind !== 'unknown';
  const multi = detectSelectMultiple(headers, table.columns).filter((g) =>
    g.options.every((o) => dest(o.code).kind !== 'unknown'),
  );
  for (const g of multi) {
    for (const o of g.options) used.add(o.column);
    if (g.summaryColumn) used.add(g.summaryColumn);
  }
  const candidates = headers.filter(
    (h) =>
      !used.has(h) && !isKoboMetaColumn(h) && values.get(h)!.length > 0 && !values.get(h)!.every(isNumber),
  );
  const singleColumns = candidates.filter((h) => {
    const vs = values.get(h)!;
    return share(vs, isDest) > 0.9 && share(vs, (v) => dest(v).kind === 'country') > 0.3;
  });
  const multiColumns = candidates.filter((h) => {
    if (singleColumns.includes(h)) return false;
    const vs = values.get(h)!;
    const known = (v: string) => splitMultiAnswer(v, ' ', dest).every((t) => t.match.kind !== 'unknown');
    return share(vs, known) > 0.9 && share(vs, (v) => splitMultiAnswer(v, ' ', dest).length > 1) > 0.1;
  });
  const destColumns = [...singleColumns, ...multiColumns];
  for (const h of destColumns) used.add(h);
  const questions: Record<string, unknown>[] = [];
  if (singleColumns.length > 1) {
    questions.push({ kind: 'ranked', key: 'destination', columns: singleColumns });
    note(`destination: ranked question in ${singleColumns.join(', ')} (first choice first: check the order)`);
  } else if (singleColumns.length === 1) {
    questions.push({ kind: 'single', key: 'destination', column: singleColumns[0] });
    note(`destination: single-choice column "${singleColumns[0]}"`, singleColumns[0]);
  }
  for (const h of multiColumns) {
    questions.push({
      kind: 'multi',
      key: toKey(h, 'q'),
      column: h,
      separator: ' ',
    });
    note(`multi-select destination question: column "${h}" (space-separated)`, h);
  }
  for (const g of multi) {
    if (g.summaryColumn && multiColumns.includes(g.summaryColumn)) continue;
    questions.push({
      kind: 'multi',
      key: toKey(g.question, 'q'),
      ...(g.summaryColumn ? { column: g.summaryColumn, separator: ' ' } : { options: g.options }),
    });
    note(`multi-select destination question "${g.question}" (${g.options.length} option columns)`);
  }
  if (questions.length === 0) {
    note('no column holds destination countries: set "destination" by hand');
    schema['destination'] = { kind: 'single', column: 'CHANGE-ME' };
  } else {
    schema['destination'] = questions[0];
    if (questions.length > 1) schema['questions'] = questions.slice(1);
  }

  const readiness: { language: Record<string, unknown>[]; certificate?: Record<string, unknown> } = {
    language: [],
  };
  const frameworks = [
    ['jlpt', 'JLPT', 'JP'],
    ['jft', 'JFT-Basic', 'JP'],
    ['cefr', 'CEFR', 'DE'],
    ['eps', 'EPS-TOPIK', 'KR'],
  ] as const;
  for (const [pattern, framework, destination] of frameworks) {
    const h = take(byPattern(rolePatterns[pattern]));
    if (h) readiness.language.push({ framework, column: h, destination });
  }
  const cert = take(byPattern(rolePatterns.certificate));
  if (cert) readiness.certificate = { column: cert };
  if (readiness.language.length > 0 || readiness.certificate) schema['readiness'] = readiness;

  const intention = take(byPattern(rolePatterns.intention));
  if (intention) {
    const distinct = [...new Set(values.get(intention))];
    const pick = (re: RegExp) => distinct.filter((v) => re.test(foldText(v)));
    schema['intention'] = {
      column: intention,
      stages: {
        none: pick(/^(none|tidak|no)/),
        interest: pick(/(interest|minat)/),
        plan: pick(/(plan|rencana)/),
        preparing: pick(/(prepar|persiap|siap)/),
      },
    };
    note(`intention: column "${intention}" (check which values mean each stage)`, intention);
  }

  const dimensions: Record<string, unknown>[] = [];
  const age = take(byPattern(rolePatterns.age));
  if (age && values.get(age)!.every(isNumber)) {
    dimensions.push({
      key: 'age_group',
      column: age,
      label: { en: 'Age group', id: 'Kelompok umur' },
      bins: pmiAgeGroups,
    });
  }
  for (const h of headers) {
    if (used.has(h) || isKoboMetaColumn(h)) continue;
    const counts = new Map<string, number>();
    for (const v of values.get(h)!) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size < 2 || counts.size > 20 || values.get(h)!.length < 10) continue;
    const key = toKey(h, 'd');
    const codes = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => ({ code, label: { en: code, id: code } }));
    dimensions.push({ key, column: h, label: { en: h, id: h }, codes });
    used.add(h);
  }
  if (dimensions.length > 0) {
    schema['dimensions'] = dimensions;
    note(`${dimensions.length} grouping dimensions: add English and Indonesian labels to their codes`);
  }
  return { schema: schema as SurveySchemaInput, notes };
}
