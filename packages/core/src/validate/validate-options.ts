import type { ReadProgress } from '../ingest/raw-table.ts';
import type { DestinationQuestion, SurveySchema } from '../schema/survey-schema.ts';

/** Options of `validateSurvey`. */
export interface ValidateOptions {
  /**
   * Called as the rows are checked with `{ stage: 'validate', bytes, rows, totalRows }`: first with
   * `rows: 0`, then about every `progressEvery` rows' worth of checking, last with `rows === totalRows`.
   * Validation goes column by column, so `rows` is `totalRows` × the share of the columns checked.
   */
  onProgress?: (progress: ReadProgress) => void;
  /** Rows between two progress reports (default 50,000). */
  progressEvery?: number;
}

/** How many design columns (weight, wave, strata, PSU, fpc, id) the schema declares. */
export function designColumns(schema: SurveySchema): number {
  return [schema.weight, schema.wave, schema.strata, schema.psu, schema.fpc, schema.id].filter(
    (c) => c !== undefined,
  ).length;
}

/** How many columns a destination question reads. */
export function questionColumns(q: DestinationQuestion): number {
  if (q.kind === 'single') return 1;
  if (q.kind === 'ranked') return q.columns.length;
  return q.column ? 1 : (q.options ?? []).length;
}

/** How many columns the readiness block reads (language tests and the certificate). */
export function readinessColumns(readiness: NonNullable<SurveySchema['readiness']>): number {
  return readiness.language.length + (readiness.certificate ? 1 : 0);
}

/** How many column checks `validateSurvey` makes for `schema` (its progress unit), plus one for the end. */
export function columnChecks(schema: SurveySchema): number {
  return (
    designColumns(schema) +
    (schema.province ? 1 : 0) +
    schema.dimensions.length +
    [schema.destination, ...schema.questions].reduce((sum, q) => sum + questionColumns(q), 0) +
    (schema.intention ? 1 : 0) +
    (schema.readiness ? readinessColumns(schema.readiness) : 0) +
    1
  );
}
