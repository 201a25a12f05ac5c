import { join } from 'node:path';
import { buildDesign, type Lang, type SurveySchemaInput } from '@minat/core';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey, readSchemaFile } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';
import { fontFaceCss } from '../report/font-face-css.ts';
import { reportResults } from '../report/report-results.ts';
import { writeReport } from '../report/write-report.ts';

const LANGS = ['en', 'id', 'both'] as const;

/**
 * `minat report FILE [--schema S | column flags] --out DIR [--lang en|id|both] [--wave W] [--by COL]`:
 * writes a self-contained `index.html` and, per chart, `NAME.svg`, `NAME.png` (2x), `NAME.vl.json` and
 * `NAME.csv` (with `--lang both`, into `DIR/en` and `DIR/id`). Every number is published: NCHS
 * reliability flags and small-cell suppression. With a schema `--wave W` chooses the wave (default the
 * latest); with column flags only, `--wave COL` names the wave column. Progress goes to stderr.
 */
export async function reportCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...surveyFlags,
    lang: { type: 'string' },
    by: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('report needs a FILE');
  if (!values.out) throw new CliUsageError('report needs --out DIR');
  const langOption = (values.lang ?? 'en') as (typeof LANGS)[number];
  if (!LANGS.includes(langOption))
    throw new CliUsageError(
      `invalid --lang ${JSON.stringify(values.lang)}: expected one of ${LANGS.join(', ')}`,
    );
  const { wave: waveFlag, lang: _lang, by: byFlag, out, format: _format, ...flags } = values;
  const schemaFile = values.schema ? await readSchemaFile(values.schema) : undefined;
  const waveIsColumn = schemaFile === undefined && waveFlag !== undefined;
  const dimensions: NonNullable<SurveySchemaInput['dimensions']> = [];
  const groupNames: Record<string, string> = {};
  let by: string | undefined;
  if (byFlag !== undefined) {
    const known = schemaFile?.dimensions?.find((d) => d.key === byFlag || d.column === byFlag);
    if (known) by = known.key;
    else {
      by = 'col_0';
      dimensions.push({ key: by, column: byFlag, label: { en: byFlag, id: byFlag } });
      groupNames[by] = byFlag;
    }
  }
  const { survey } = await loadSurvey(
    { ...flags, ...(waveIsColumn ? { wave: waveFlag } : {}), file, extra: { dimensions } },
    io,
  );
  for (const issue of survey.issues.filter((i) => i.level === 'error'))
    io.stderr(`error: ${issue.message}\n`);
  const design = buildDesign(survey);
  const started = Date.now();
  const results = reportResults(survey, design, {
    ...(waveIsColumn || waveFlag === undefined ? {} : { wave: waveFlag }),
    ...(by === undefined ? {} : { by }),
    progress: (step) => io.stderr(`estimating ${step} …\n`),
  });
  io.stderr(`estimated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const fontCss = await fontFaceCss();
  const langs: Lang[] = langOption === 'both' ? ['en', 'id'] : [langOption];
  for (const lang of langs) {
    const dir = langOption === 'both' ? join(out, lang) : out;
    const written = await writeReport(results, survey, {
      dir,
      lang,
      fontCss,
      groupNames,
      progress: (line) => io.stderr(`${line}\n`),
    });
    io.stdout(`${join(dir, 'index.html')}: ${written.join(', ')}\n`);
  }
  return 0;
}
