import { buildDesign, getCountry, publishRanking, rankDestinations, waveOrder } from '@minat/core';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { formatOption, parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';

const { wave: _wave, ...flags } = surveyFlags;
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

/**
 * `minat rank FILE [--schema S | column flags] [--wave W] [--wave-column COL] [--seed N] [--format text|json]`:
 * destinations ranked by design-based share of first choice in the latest wave (or `--wave`), with 95%
 * intervals, tie groups and the probability of being first (1,000 Rao–Wu subbootstrap replicates,
 * seed 1 unless `--seed`); NCHS reliability flags and small-cell suppression applied.
 */
export async function rankCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...flags,
    wave: { type: 'string' },
    'wave-column': { type: 'string' },
    'lonely-psu': { type: 'string' },
    seed: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('rank needs a FILE');
  const format = formatOption(values.format, ['text', 'json'] as const, 'text');
  const { wave: _w, 'wave-column': waveColumn, ...rest } = values;
  const { survey } = await loadSurvey({ ...rest, ...(waveColumn ? { wave: waveColumn } : {}), file }, io);
  const waves = survey.wave ? waveOrder(survey.wave.levels) : [];
  const wave = values.wave ?? waves.at(-1);
  if (values.wave !== undefined && !waves.includes(values.wave)) {
    throw new CliUsageError(
      `invalid --wave ${JSON.stringify(values.wave)}: expected one of ${waves.join(', ') || '(no wave column)'}`,
    );
  }
  const design = buildDesign(survey, { lonelyPsu: (values['lonely-psu'] ?? 'fail') as 'fail' });
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    throw new CliUsageError(`invalid --seed ${JSON.stringify(values.seed)}: expected a non-negative integer`);
  }
  const result = rankDestinations(survey, design, {
    seed,
    ...(wave === undefined ? {} : { filter: { wave: [wave] } }),
  });
  const rows = publishRanking(result);
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        rows.map((r) => ({ wave: wave ?? null, ...r })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const n = rows[0]?.n_unweighted ?? 0;
  io.stdout(`${survey.schema.title?.en ?? 'Destination preference'}${wave ? `, wave ${wave}` : ''}\n`);
  io.stdout(
    `First choice, ${survey.weighted ? 'weighted' : 'unweighted'} share of respondents who answered (n = ${n.toLocaleString('en')}), 95% logit intervals; ties = differences not significant at 5%\n\n`,
  );
  io.stdout(
    ' rank  code  destination (Indonesian)                      share  95% CI            P(first)  tie\n',
  );
  for (const r of rows) {
    const c = getCountry(r.destination);
    const name = `${c?.name.en ?? r.destination} (${c?.name.id ?? r.destination})`;
    const ci = r.ci_low === null ? '' : `[${pct(r.ci_low)}, ${pct(r.ci_high)}]`;
    const note = r.flags.some((f) => f.startsWith('suppressed:'))
      ? 'suppressed (small cell)'
      : r.flags.some((f) => f.startsWith('unreliable:'))
        ? 'unreliable'
        : '';
    io.stdout(
      `${String(r.rank ?? '—').padStart(5)}  ${r.destination.padEnd(4)}  ${name.padEnd(44).slice(0, 44)}  ${pct(r.estimate).padStart(6)}  ${ci.padEnd(16)}  ${(r.p_first === null ? '' : r.p_first.toFixed(3)).padStart(8)}  ${String(r.tie_group ?? '').padStart(3)}  ${note}\n`,
    );
  }
  return 0;
}
