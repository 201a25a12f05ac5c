/** The files of an upload: the survey data, and optionally its XLSForm and its survey schema. */
export interface UploadFiles<F extends { name: string } = File> {
  survey?: F;
  form?: F;
  schema?: F;
}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const TEXT_DATA = new Set(['csv', 'tsv', 'txt', 'ndjson', 'jsonl']);

/**
 * Sorts dropped files into survey, XLSForm and schema. One file is the survey. Of several, the survey
 * is the first CSV/TSV/NDJSON file (else the first workbook, else the first JSON file); another
 * workbook is the XLSForm and another JSON file the schema. Files that fit no slot are returned in
 * `ignored`. Slots the drop does not fill keep what `current` holds.
 *
 * @example classifyFiles([csv, form, schema]) // { survey: csv, form, schema, ignored: [] }
 */
export function classifyFiles<F extends { name: string }>(
  files: readonly F[],
  current: UploadFiles<F> = {},
): UploadFiles<F> & { ignored: F[] } {
  if (files.length === 1) return { ...current, survey: files[0]!, ignored: [] };
  const rest = [...files];
  const take = (test: (ext: string) => boolean) => {
    const i = rest.findIndex((f) => test(extension(f.name)));
    return i < 0 ? undefined : rest.splice(i, 1)[0];
  };
  const survey =
    take((e) => TEXT_DATA.has(e)) ?? take((e) => e === 'xlsx') ?? take((e) => e === 'json') ?? current.survey;
  const form = take((e) => e === 'xlsx') ?? current.form;
  const schema = take((e) => e === 'json') ?? current.schema;
  const out: UploadFiles<F> & { ignored: F[] } = { ignored: rest };
  if (survey) out.survey = survey;
  if (form) out.form = form;
  if (schema) out.schema = schema;
  return out;
}
