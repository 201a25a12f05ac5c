import { writeFile } from 'node:fs/promises';
import { applyXlsForm, inferSurveySchema, parseXlsForm } from '@minat/core';
import type { ConsoleIO } from '../io/console-io.ts';
import { readBinaryFile, readInputFile } from '../io/read-input-file.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { parseCommandArgs } from '../options/parse-command-args.ts';

/**
 * `minat schema init FILE [--xlsform FORM.xlsx] [--sheet NAME] [--out survey.json]`: drafts a survey
 * schema from the file's headers and values; prints it (or writes `--out`) and lists what to check on stderr.
 */
export async function schemaInitCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    xlsform: { type: 'string' },
    sheet: { type: 'string' },
    out: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('schema init needs a FILE');
  const options: Parameters<typeof readInputFile>[1] = {};
  if (typeof values.sheet === 'string') options.sheet = values.sheet;
  let table = await readInputFile(file, options);
  if (typeof values.xlsform === 'string') {
    const form = await parseXlsForm({ name: values.xlsform, bytes: await readBinaryFile(values.xlsform) });
    table = applyXlsForm(table, form).table;
  }
  const { schema, notes } = inferSurveySchema(table);
  const json = `${JSON.stringify({ $schema: 'https://minat.dev/schema/survey.schema.json', ...schema }, null, 2)}\n`;
  if (typeof values.out === 'string') {
    await writeFile(values.out, json);
    io.stderr(`wrote ${values.out}\n`);
  } else io.stdout(json);
  for (const n of notes) io.stderr(`  ${n.message}\n`);
  io.stderr('This is a draft: check each role, then run `minat validate FILE --schema survey.json`.\n');
  return 0;
}
