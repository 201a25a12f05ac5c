import { getCountry, weightedFirstChoice } from '@minat/core';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { formatOption, parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';

const { wave: _wave, ...flags } = surveyFlags;

/**
 * `minat rank FILE [--schema S | column flags] [--wave W] [--format text|json]`: the destinations ranked
 * by weighted share of first choice, in the latest wave unless `--wave` names one.
 */
export async function rankCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...flags,
    wave: { type: 'string' },
    'wave-column': { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('rank needs a FILE');
  const format = formatOption(values.format, ['text', 'json'] as const, 'text');
  const source: Record<string, string> = { ...(values as Record<string, string>), file };
  delete source['wave'];
  if (values['wave-column']) source['wave'] = values['wave-column'] as string;
  const { survey } = await loadSurvey(source as { file: string }, io);
  const waves = survey.wave ? [...survey.wave.levels].sort() : [];
  const wave = (values.wave as string | undefined) ?? waves.at(-1);
  const rows = weightedFirstChoice(survey, wave === undefined ? {} : { wave });
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        rows.map((r, k) => ({ rank: k + 1, wave: wave ?? null, ...r })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const base = rows[0];
  const title = survey.schema.title?.en ?? 'Destination preference';
  io.stdout(`${title}${wave ? `, wave ${wave}` : ''}\n`);
  io.stdout(
    `First choice, ${survey.weighted ? 'weighted' : 'unweighted'} share of respondents who answered (n = ${(base?.n_unweighted ?? 0).toLocaleString('en')})\n\n`,
  );
  io.stdout(' rank  code  destination (Indonesian)                      share   respondents\n');
  rows.forEach((r, k) => {
    const c = getCountry(r.destination);
    const name = `${c?.name.en ?? r.destination} (${c?.name.id ?? r.destination})`;
    io.stdout(
      `${String(k + 1).padStart(5)}  ${r.destination.padEnd(4)}  ${name.padEnd(44).slice(0, 44)}  ${(100 * r.estimate).toFixed(1).padStart(5)}%  ${r.count_unweighted.toLocaleString('en').padStart(11)}\n`,
    );
  });
  return 0;
}
