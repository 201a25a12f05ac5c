import { readFile } from 'node:fs/promises';
import {
  applyXlsForm,
  MinatError,
  parseXlsForm,
  type RawTable,
  type SurveySchemaInput,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';
import { type ColumnFlags, schemaFromFlags } from '../options/schema-from-flags.ts';
import type { ConsoleIO } from './console-io.ts';
import { progressLine } from './progress-line.ts';
import { readBinaryFile, readInputFile } from './read-input-file.ts';

/** What the survey-reading commands share: file, schema file or column flags, XLSForm, sheet. */
export interface SurveySource extends ColumnFlags {
  file: string;
  schema?: string;
  xlsform?: string;
  sheet?: string;
  /** Schema additions from command options (e.g. `--by` columns as dimensions, `--fpc`). */
  extra?: Partial<SurveySchemaInput>;
}

/** Reads and parses a survey schema JSON file (not yet checked against the schema). */
export async function readSchemaFile(path: string): Promise<SurveySchemaInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MinatError(
      'file-unreadable',
      `${path}: cannot open the schema file (${(error as Error).message}).`,
      { file: path },
    );
  }
  try {
    return JSON.parse(text) as SurveySchemaInput;
  } catch (error) {
    throw new MinatError(
      'schema-invalid',
      `${path}: the schema file is not valid JSON (${(error as Error).message}).`,
      {
        file: path,
        expected: 'a JSON object as described in docs/data-schema.md',
      },
    );
  }
}

/** Reads, (optionally) maps through an XLSForm, and validates a survey file, with progress on stderr. */
export async function loadSurvey(
  source: SurveySource,
  io: ConsoleIO,
): Promise<{ table: RawTable; survey: ValidatedSurvey }> {
  const base = source.schema ? await readSchemaFile(source.schema) : undefined;
  const schema = schemaFromFlags(base, source, source.extra);
  const progress = progressLine(io, source.file);
  const started = Date.now();
  const readOptions: Parameters<typeof readInputFile>[1] = { onProgress: (p) => progress.update(p) };
  if (source.sheet) readOptions.sheet = source.sheet;
  let table = await readInputFile(source.file, readOptions);
  if (source.xlsform) {
    const form = await parseXlsForm({ name: source.xlsform, bytes: await readBinaryFile(source.xlsform) });
    const mapped = applyXlsForm(table, form);
    table = { ...mapped.table, issues: [...mapped.table.issues, ...mapped.issues] };
  }
  progress.done(table.rowNumbers.length, (Date.now() - started) / 1000);
  return { table, survey: validateSurvey(table, schema) };
}
