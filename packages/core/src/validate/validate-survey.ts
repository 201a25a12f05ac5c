import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import type { RawTable } from '../ingest/raw-table.ts';
import { message } from '../messages/messages.ts';
import type { SurveySchema } from '../schema/survey-schema.ts';
import type { CategoricalBuilder } from './categorical-builder.ts';
import { ColumnLookup } from './column-lookup.ts';
import { designWarnings } from './design-warnings.ts';
import { nestPsu } from './nest-psu.ts';
import { RowProblems } from './row-problems.ts';
import { takeItems } from './take-items.ts';
import { validateDesignColumns } from './validate-design-columns.ts';
import { type UnknownTally, validateDestinationQuestion } from './validate-destination-question.ts';
import { validateDimensions } from './validate-dimensions.ts';
import {
  columnChecks,
  designColumns,
  questionColumns,
  readinessColumns,
  type ValidateOptions,
} from './validate-options.ts';
import { ValidateProgress } from './validate-progress.ts';
import { validateIntention, validateProvince, validateReadiness } from './validate-survey-extras.ts';
import type { RejectionCode, ValidatedSurvey } from './validated-survey.ts';

const RAW_PROBLEM_CODE: Record<string, RejectionCode> = {
  ragged: 'ragged-row',
  'unclosed-quote': 'unclosed-quote',
  'not-an-object': 'unparseable-record',
  'json-syntax': 'unparseable-record',
  'invalid-bytes': 'unparseable-record',
  'too-long': 'record-too-long',
};

function summarise(tally: UnknownTally, code: string, file: string, issues: Issue[]): void {
  for (const [value, t] of [...tally].sort((a, b) => b[1].count - a[1].count)) {
    issues.push({
      level: 'error',
      code,
      message: `${file}: ${message(code, { value, count: t.count, suggestions: t.suggestions.join(', ') })}`,
      file,
      column: t.column,
      value,
      count: t.count,
      details: { suggestions: t.suggestions },
    });
  }
}

/**
 * The validate stage: applies a survey schema to a raw table. Every data row is accepted or rejected
 * with its row number and reasons (`accounting.read === accepted + rejected.length`); accepted rows are
 * normalised (destinations to ISO 3166-1 alpha-2, provinces to BPS codes, codebook values to codes) and
 * dictionary-encoded into typed arrays.
 *
 * A rejected row leaves the analysis entirely. A row whose answer is missing stays in the design and
 * leaves the domain of that question.
 *
 * @param table - output of `readTable` (optionally passed through `applyXlsForm`)
 * @param schema - a parsed survey schema (`parseSurveySchema`)
 * @param options - `onProgress`, called with `{ stage: 'validate', rows, totalRows }` about every
 *   `progressEvery` (default 50,000) rows' worth of checking, first with `rows: 0`, last with
 *   `rows === totalRows` (see `ValidateOptions`)
 * @throws MinatError `column-missing` when a schema column is not in the file, `no-data-rows` when empty
 * @example
 * ```ts
 * const survey = validateSurvey(await readTable({ name: 'survey.csv', text }), schema);
 * survey.accounting // { file: 'survey.csv', read: 3, accepted: 2, rejected: [{ row: 3, column: 'weight', … }] }
 * ```
 */
export function validateSurvey(
  table: RawTable,
  schema: SurveySchema,
  options: ValidateOptions = {},
): ValidatedSurvey {
  const file = table.source.name;
  const n = table.rowNumbers.length;
  if (n === 0) {
    throw new MinatError(
      'no-data-rows',
      `${file}: the file has a header but no data rows. Export the data again with its rows.`,
      { file },
    );
  }
  const progress = new ValidateProgress(
    n,
    columnChecks(schema),
    table.source.bytes ?? 0,
    options.progressEvery ?? 50_000,
    options.onProgress,
  );
  const lookup = new ColumnLookup(table);
  const problems = new RowProblems();
  for (const [i, list] of table.rowProblems) {
    for (const p of list)
      problems.add(i, '(row)', '', RAW_PROBLEM_CODE[p.kind] ?? 'unparseable-record', {
        found: p.found,
        expected: p.expected,
        detail: p.message,
      });
  }
  const decimalComma = table.source.delimiter === ';';
  const design = validateDesignColumns(schema, lookup, n, problems, decimalComma);
  progress.step(designColumns(schema));
  const destinationTally: UnknownTally = new Map();
  const provinceTally: UnknownTally = new Map();
  const province = schema.province
    ? validateProvince(schema.province.column, lookup, n, problems, provinceTally)
    : undefined;
  if (province) progress.step();
  const dimensions = new Map<string, CategoricalBuilder>();
  for (const dim of schema.dimensions) {
    for (const [key, b] of validateDimensions([dim], lookup, n, problems, decimalComma))
      dimensions.set(key, b);
    progress.step();
  }
  const destination = validateDestinationQuestion(schema.destination, lookup, n, problems, destinationTally);
  progress.step(questionColumns(schema.destination));
  const questions = schema.questions.map((q) => {
    const columns = validateDestinationQuestion(q, lookup, n, problems, destinationTally);
    progress.step(questionColumns(q));
    return columns;
  });
  const intention = schema.intention ? validateIntention(schema.intention, lookup, n, problems) : undefined;
  if (intention) progress.step();
  const readiness = schema.readiness ? validateReadiness(schema.readiness, lookup, n, problems) : undefined;
  if (schema.readiness) progress.step(readinessColumns(schema.readiness));

  const keep = problems.accepted(n);
  const rowNumbers = new Int32Array(keep.length);
  for (let k = 0; k < keep.length; k++) rowNumbers[k] = table.rowNumbers[keep[k]!]!;
  const rejected = problems.rejections(table.rowNumbers);
  const issues: Issue[] = [...table.issues];
  summarise(destinationTally, 'destination-unknown-summary', file, issues);
  summarise(provinceTally, 'province-unknown-summary', file, issues);

  const nested = design.psu ? nestPsu(keep, design.psu, design.strata) : undefined;
  const idKept = design.id ? takeItems(design.id, keep) : undefined;
  issues.push(
    ...designWarnings(file, rowNumbers, idKept, design.strata && nested ? nested.pairs : undefined),
  );
  if (design.zeroWeights > 0) {
    issues.push({
      level: 'warning',
      code: 'weight-zero',
      message: `${file}: ${message('weight-zero', { count: design.zeroWeights })}`,
      file,
      count: design.zeroWeights,
    });
  }
  const gaps = destination.gaps.filter((i) => !problems.has(i));
  if (gaps.length > 0) {
    issues.push({
      level: 'warning',
      code: 'ranked-gap',
      message: `${file}: ${message('ranked-gap', { count: gaps.length, rows: table.rowNumbers[gaps[0]!] })}`,
      file,
      count: gaps.length,
    });
  }
  if (rejected.length > 0) {
    issues.push({
      level: 'error',
      code: 'rows-rejected',
      message: `${file}: ${message('rows-rejected', { count: rejected.length, read: n })}`,
      file,
      count: rejected.length,
    });
  }

  const survey: ValidatedSurvey = {
    schema,
    source: table.source,
    n: keep.length,
    rowNumbers,
    weight: takeItems(design.weight, keep, new Float64Array(keep.length)),
    weighted: schema.weight !== undefined,
    dimensions: Object.fromEntries([...dimensions].map(([k, b]) => [k, b.take(keep)])),
    destination: destination.take(keep),
    questions: Object.fromEntries(questions.map((q) => [q.question.key, q.take(keep)])),
    accounting: { file, read: n, accepted: keep.length, rejected },
    issues,
  };
  if (idKept) survey.id = idKept;
  if (design.wave) survey.wave = design.wave.take(keep);
  if (design.strata) survey.strata = design.strata.take(keep);
  if (nested) survey.psu = nested.psu;
  if (design.fpc) survey.fpc = takeItems(design.fpc, keep, new Float64Array(keep.length));
  if (province) survey.province = province.take(keep);
  if (intention) survey.intention = intention.take(keep);
  if (readiness) {
    survey.readiness = { language: readiness.language.map((l) => ({ ...l, level: l.level.take(keep) })) };
    if (readiness.certificate)
      survey.readiness.certificate = takeItems(readiness.certificate, keep, new Int8Array(keep.length));
  }
  progress.finish();
  return survey;
}
