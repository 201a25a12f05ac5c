import {
  applyXlsForm,
  inferSurveySchema,
  parseSurveySchema,
  parseXlsForm,
  type RawTable,
  readTable,
  rowsToCsv,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';
import type { UploadPreview, ValidationSummary, WorkerProgress } from './protocol.ts';

const SAMPLE_ROWS = 8;
const LISTED_REJECTIONS = 200;

/**
 * An upload in the worker, between reading the file and confirming its schema: the raw table (kept so
 * a changed mapping is validated again without reading the file again), and the last validation's
 * rejected rows (for the CSV download).
 */
export class UploadState {
  name = '';
  private table: RawTable | undefined;
  private survey: ValidatedSurvey | undefined;

  /**
   * Reads a file (streamed, with progress), maps it through its XLSForm when one is given, and drafts
   * a schema for the user to confirm.
   */
  async read(
    file: File,
    form: File | undefined,
    progress: (p: WorkerProgress) => void,
  ): Promise<UploadPreview> {
    this.survey = undefined;
    this.name = file.name;
    let table = await readTable(
      { name: file.name, stream: file.stream() as ReadableStream<Uint8Array>, size: file.size },
      { onProgress: (p) => progress({ ...p }) },
    );
    if (form) {
      const parsed = await parseXlsForm({ name: form.name, bytes: new Uint8Array(await form.arrayBuffer()) });
      const mapped = applyXlsForm(table, parsed);
      table = { ...mapped.table, issues: [...mapped.table.issues, ...mapped.issues] };
    }
    this.table = table;
    const { schema, notes } = inferSurveySchema(table);
    const rows = table.rowNumbers.length;
    return {
      name: file.name,
      columns: table.headers,
      sample: Array.from({ length: Math.min(SAMPLE_ROWS, rows) }, (_, r) =>
        table.columns.map((c) => c[r] ?? ''),
      ),
      rows,
      schema: schema as Record<string, unknown>,
      notes,
      issues: table.issues,
    };
  }

  /** Validates the read table with a (confirmed) schema; the survey when any row was accepted. */
  apply(schemaInput: Record<string, unknown>): { summary: ValidationSummary; survey?: ValidatedSurvey } {
    if (!this.table) throw new Error('no file has been read');
    const schema = parseSurveySchema(schemaInput, `${this.name} (schema)`);
    const survey = validateSurvey(this.table, schema);
    this.survey = survey;
    const { accounting } = survey;
    const summary: ValidationSummary = {
      read: accounting.read,
      accepted: accounting.accepted,
      rejected: accounting.rejected.length,
      rejectedRows: accounting.rejected.slice(0, LISTED_REJECTIONS).map((r) => ({
        row: r.row,
        column: r.column,
        value: r.value,
        reason: r.reason,
      })),
      issues: [...this.table.issues, ...survey.issues],
    };
    return accounting.accepted > 0 ? { summary, survey } : { summary };
  }

  /** Every rejected row of the last validation as CSV: row, column, value, reason, expected, all problems. */
  rejectedCsv(): string {
    const rejected = this.survey?.accounting.rejected ?? [];
    const rows = rejected.map((r) => ({
      file: this.name,
      row: r.row,
      column: r.column,
      value: r.value,
      reason: r.reason,
      expected: r.expected ?? '',
      problems: r.problems.map((p) => `${p.column}: ${p.reason}`).join('; '),
    }));
    return rowsToCsv(rows, ['file', 'row', 'column', 'value', 'reason', 'expected', 'problems']);
  }
}
