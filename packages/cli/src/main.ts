import { MinatError } from '@minat/core';
import { estimateCommand } from './commands/estimate.ts';
import { rankCommand } from './commands/rank.ts';
import { reportCommand } from './commands/report.ts';
import { schemaInitCommand } from './commands/schema-init.ts';
import { summarizeCommand } from './commands/summarize.ts';
import { validateCommand } from './commands/validate.ts';
import type { ConsoleIO } from './io/console-io.ts';
import { CliUsageError } from './options/cli-usage-error.ts';

const HELP = `minat: destination-preference survey analytics

Usage:
  minat validate FILE [--schema S | column flags] [--xlsform FORM.xlsx] [--sheet NAME] [--format text|json]
  minat schema init FILE [--xlsform FORM.xlsx] [--out survey.json]
  minat rank FILE [--schema S | column flags] [--wave W] [--seed N] [--format text|json]
  minat estimate FILE [--schema S] --destination COL [--weight COL] [--strata COL] [--psu COL] [--fpc COL]
      [--by COL[,COL…]] [--ci logit|likelihood|asin|beta|mean|xlogit|wilson|clopper-pearson] [--level 0.95]
      [--df design|inf] [--lonely-psu fail|remove|certainty|adjust|average] [--strict] [--format table|csv|json]
      [--question single|ranked|multi --columns COL[,COL…]] [--measure first|any|borda|respondents|mentions]
      [--base answered|all] [--reliability nchs|bps|min-n] [--suppress]

  minat summarize FILE [--schema S | column flags] --analysis ranking|trend|compare|readiness|placements|regions
      [--by COL[,COL…]] [--wave W] [--filter COL=V1,V2;COL2=V] [--reference LEVEL] [--measure M]
      [--reliability nchs|bps|min-n] [--no-suppress] [--seed N] [--format table|csv|json]
  minat report FILE [--schema S | column flags] --out DIR [--lang en|id|both] [--wave W] [--by COL]

Column flags: --destination COL[,COL…] --weight COL --strata COL --psu COL --province COL --wave COL --id COL
Exit codes: 0 every row accepted, 1 some rows rejected, 2 the input cannot be used.
`;

/**
 * Runs the CLI with `args` (without the node and script names) and returns the exit code.
 * Never throws: unusable input gives a message on stderr and exit code 2.
 */
export async function main(args: string[], io: ConsoleIO): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'validate') return await validateCommand(rest, io);
    if (command === 'schema' && rest[0] === 'init') return await schemaInitCommand(rest.slice(1), io);
    if (command === 'rank') return await rankCommand(rest, io);
    if (command === 'estimate') return await estimateCommand(rest, io);
    if (command === 'summarize') return await summarizeCommand(rest, io);
    if (command === 'report') return await reportCommand(rest, io);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    throw new CliUsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (error instanceof MinatError || error instanceof CliUsageError) {
      io.stderr(`minat: ${error.message}\n`);
      if (error instanceof CliUsageError) io.stderr(`\n${HELP}`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`minat: unexpected error (please report it):\n${detail}\n`);
    return 2;
  }
}
