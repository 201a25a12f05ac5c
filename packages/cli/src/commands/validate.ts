import { accountingJson, accountingText } from '../format/accounting-text.ts';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { formatOption, parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';

/**
 * `minat validate FILE [--schema S | column flags] [--xlsform FORM.xlsx] [--format text|json]`:
 * prints the row accounting. Exit 0 when every row is accepted, 1 when some are rejected.
 */
export async function validateCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, surveyFlags);
  const file = positionals[0];
  if (!file) throw new CliUsageError('validate needs a FILE');
  const format = formatOption(values.format, ['text', 'json'] as const, 'text');
  const { survey } = await loadSurvey({ ...values, file }, io);
  io.stdout(format === 'json' ? accountingJson(survey) : accountingText(survey));
  return survey.accounting.rejected.length === 0 ? 0 : 1;
}
