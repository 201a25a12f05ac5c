/**
 * @packageDocumentation
 * `@minat/core`: the analysis package of Minat.
 *
 * The pipeline, stage by stage (each stage has its own types; nothing downstream accepts the raw input
 * of an earlier stage; diagnostics are returned as `Issue[]`, never printed):
 *
 * 1. **ingest** — `readTable` parses CSV/TSV/JSON/NDJSON/XLSX bytes or streams into a `RawTable`
 *    (strings, column-major, each row with its source row number).
 * 2. **validate** — `validateSurvey` applies a `SurveySchema`: roles, codebooks, destination names to
 *    ISO codes, provinces to BPS codes; every row accepted or rejected with a reason (`ValidatedSurvey`).
 * 3. **design** — weights, strata, PSUs, fpc; raking, post-stratification, trimming (issue 3).
 * 4. **estimate** — shares, totals, SE, CI, df, deff, n_eff (issue 3).
 * 5. **analyse** — rankings, trends, comparisons, reliability, suppression (issue 4).
 */

export type { Issue, IssueLevel } from './errors/issue.ts';
export type { ErrorLocation, MinatErrorCode } from './errors/minat-error.ts';
export { MinatError } from './errors/minat-error.ts';
export type {
  FileFormat,
  RawProblem,
  RawTable,
  ReadOptions,
  ReadProgress,
  SourceInfo,
  TableInput,
} from './ingest/raw-table.ts';
export { parseSurveySchema } from './schema/parse-survey-schema.ts';
export type {
  CodebookEntry,
  DestinationQuestion,
  Dimension,
  LocalizedText,
  SurveySchema,
  SurveySchemaInput,
} from './schema/survey-schema.ts';
export { SurveySchemaZ } from './schema/survey-schema.ts';
