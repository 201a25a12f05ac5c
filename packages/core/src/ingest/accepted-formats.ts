/**
 * One sentence naming the file formats {@link readTable} accepts, appended to every "cannot read this file"
 * message so that people know what to convert to.
 *
 * @example
 * ```ts
 * throw new MinatError('format-unknown', `survey.pdf is a PDF document. ${ACCEPTED_FORMATS}`);
 * ```
 */
export const ACCEPTED_FORMATS =
  'Minat reads CSV or TSV text in UTF-8 (comma, semicolon or tab separated), Excel workbooks (.xlsx), ' +
  'JSON (an array of objects) and NDJSON (one JSON object per line).';
