import {
  applyXlsForm,
  buildDesign,
  csvCell,
  inferSurveySchema,
  MinatError,
  parseSurveySchema,
  parseXlsForm,
  type RawTable,
  readTable,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';
import type { UploadPreview, ValidationSummary, WorkerError, WorkerProgress } from './protocol.ts';
import { workerError } from './worker-error.ts';

const SAMPLE_ROWS = 8;
const EXAMPLES = 3;
const EXAMPLE_SCAN = 5000;
const LISTED_REJECTIONS = 200;
const LISTED_ISSUES = 200;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Up to {@link EXAMPLES} distinct non-empty values of a column, from its first rows. */
function examples(column: readonly string[]): string[] {
  const out = new Set<string>();
  for (let r = 0; r < column.length && r < EXAMPLE_SCAN && out.size < EXAMPLES; r++) {
    const v = column[r]!.trim();
    if (v !== '') out.add(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  }
  return [...out];
}

/** A rejected value for the CSV: a plain number stays a number (the CSV writer quotes risky text). */
const csvValue = (v: string): string | number => (NUMBER.test(v) && String(Number(v)) === v ? Number(v) : v);

/** Reads a survey schema file: JSON text holding one object. */
async function readSchemaFile(file: File): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (error) {
    throw new MinatError(
      'schema-invalid',
      `${file.name}: the schema file is not valid JSON (${(error as Error).message}).`,
      { file: file.name, expected: 'a survey schema: a JSON object as described in docs/data-schema.md' },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MinatError('schema-invalid', `${file.name}: the schema file does not hold a JSON object.`, {
      file: file.name,
      expected: 'a survey schema: a JSON object as described in docs/data-schema.md',
    });
  }
  return value as Record<string, unknown>;
}

/**
 * An upload in the worker, between reading the file and confirming its schema: the raw table (kept so
 * a changed mapping is validated again without reading the file again), and the last validation (for
 * the rejected-rows CSV, and adopted as it is when the user opens it with the same schema).
 */
export class UploadState {
  name = '';
  private table: RawTable | undefined;
  private schemaFile: string | undefined;
  private last: { key: string; survey: ValidatedSurvey; summary: ValidationSummary } | undefined;

  /**
   * Reads a file (streamed, with progress), maps it through its XLSForm when one is given, and drafts
   * a schema for the user to confirm (or takes the one of the schema file, when given).
   */
  async read(
    file: File,
    form: File | undefined,
    schemaFile: File | undefined,
    progress: (p: WorkerProgress) => void,
  ): Promise<UploadPreview> {
    this.clear();
    this.name = file.name;
    const given = schemaFile ? await readSchemaFile(schemaFile) : undefined;
    let table = await readTable(
      { name: file.name, stream: file.stream() as ReadableStream<Uint8Array>, size: file.size },
      { onProgress: (p) => progress({ ...p }) },
    );
    if (form) {
      progress({ stage: 'parse', rows: table.rowNumbers.length });
      const parsed = await parseXlsForm({ name: form.name, bytes: new Uint8Array(await form.arrayBuffer()) });
      const mapped = applyXlsForm(table, parsed);
      table = { ...mapped.table, issues: [...mapped.table.issues, ...mapped.issues] };
    }
    this.table = table;
    if (schemaFile) this.schemaFile = schemaFile.name;
    const inferred = given ? undefined : inferSurveySchema(table);
    const rows = table.rowNumbers.length;
    const { format, delimiter } = table.source;
    const preview: UploadPreview = {
      name: file.name,
      format,
      columns: table.headers,
      examples: table.columns.map(examples),
      sample: Array.from({ length: Math.min(SAMPLE_ROWS, rows) }, (_, r) =>
        table.columns.map((c) => c[r] ?? ''),
      ),
      rows,
      schema: given ?? (inferred!.schema as Record<string, unknown>),
      schemaSource: given ? 'file' : 'inferred',
      notes: inferred?.notes ?? [],
      issues: table.issues,
    };
    if (delimiter) preview.delimiter = delimiter;
    if (form) preview.form = form.name;
    if (schemaFile) preview.schemaFile = schemaFile.name;
    return preview;
  }

  /**
   * Validates the read table with a (confirmed) schema and builds its design as the dashboard will
   * (lonely PSUs `adjust`); the survey too when any row was accepted and the design can be analysed.
   * The same schema twice reuses the last validation. `progress` gets the validation's progress
   * (`stage: 'validate'`, `rows` of `totalRows`).
   */
  apply(
    schemaInput: Record<string, unknown>,
    progress?: (p: WorkerProgress) => void,
  ): { summary: ValidationSummary; survey?: ValidatedSurvey } {
    if (!this.table) throw new Error('no file has been read');
    const key = JSON.stringify(schemaInput);
    if (this.last?.key !== key) {
      const schema = parseSurveySchema(schemaInput, this.schemaFile ?? `${this.name} (schema)`);
      const survey = validateSurvey(
        this.table,
        schema,
        progress
          ? { onProgress: ({ rows, totalRows }) => progress({ stage: 'validate', rows, totalRows }) }
          : {},
      );
      this.last = { key, survey, summary: summarise(survey) };
    }
    const { survey, summary } = this.last;
    const usable = summary.accepted > 0 && !summary.designError;
    return usable ? { summary: { ...summary }, survey } : { summary: { ...summary } };
  }

  /** Forgets the upload (after the survey is adopted, or when another file is read). */
  clear(): void {
    this.table = undefined;
    this.schemaFile = undefined;
    this.last = undefined;
  }

  /**
   * Every rejected row of the last validation as CSV: where (file, row, column, value), why (reason,
   * expected), then the row's cells as the file holds them, under its headers, so it can be fixed and
   * uploaded again. Formula-like text is neutralised; plain numbers stay numbers.
   */
  rejectedCsv(): string {
    const rejected = this.last?.survey.accounting.rejected ?? [];
    const table = this.table;
    const headers = table?.headers ?? [];
    const index = new Map<number, number>();
    if (table && rejected.length > 0) {
      const wanted = new Set(rejected.map((r) => r.row));
      table.rowNumbers.forEach((n, i) => {
        if (wanted.has(n)) index.set(n, i);
      });
    }
    const lines = [
      ['file', 'row', 'column', 'value', 'reason', 'expected', ...headers].map(csvCell).join(','),
    ];
    for (const r of rejected) {
      const i = index.get(r.row);
      const cells = headers.map((_, c) => (i === undefined ? '' : csvValue(table!.columns[c]![i] ?? '')));
      const head = [this.name, r.row, r.column, csvValue(r.value), r.reason, r.expected ?? ''];
      lines.push([...head, ...cells].map(csvCell).join(','));
    }
    return `${lines.join('\n')}\n`;
  }
}

/** The accounting, issues and design check of a validated survey, as the upload dialog shows them. */
function summarise(survey: ValidatedSurvey): ValidationSummary {
  const { accounting } = survey;
  const issues = [...survey.issues];
  let lonely: ValidationSummary['lonely'] = { option: 'adjust', strata: [] };
  let designError: WorkerError | undefined;
  if (accounting.accepted > 0) {
    try {
      const design = buildDesign(survey, { lonelyPsu: 'adjust' });
      issues.push(...design.issues);
      const strata = design.issues
        .filter((i) => i.code === 'lonely-psu')
        .flatMap((i) => (i.details?.strata as string[] | undefined) ?? []);
      lonely = { option: design.lonelyPsu, strata };
    } catch (error) {
      designError = workerError(error);
    }
  }
  const summary: ValidationSummary = {
    file: accounting.file,
    read: accounting.read,
    accepted: accounting.accepted,
    rejected: accounting.rejected.length,
    rejectedRows: accounting.rejected.slice(0, LISTED_REJECTIONS).map((r) => {
      const row = { row: r.row, column: r.column, value: r.value, reason: r.reason };
      return r.expected === undefined ? row : { ...row, expected: r.expected };
    }),
    issues: issues.slice(0, LISTED_ISSUES),
    lonely,
  };
  if (designError) summary.designError = designError;
  return summary;
}
