import {
  buildDesign,
  type EstimateRow,
  estimateShares,
  normalizeLonelyPsu,
  publishRows,
  rowsToCsv,
  STANDARD_COLUMNS,
  type SurveySchemaInput,
} from '@minat/core';
import { estimateTable } from '../format/estimate-table.ts';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { formatOption, parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';

/**
 * `minat estimate FILE [--schema S] --destination COL [--weight COL] [--strata COL] [--psu COL]
 * [--fpc COL] [--by COL[,COL…]] [--ci METHOD] [--level 0.95] [--df design|inf]
 * [--lonely-psu fail|remove|certainty|adjust|average] [--question K --columns C] [--measure M] [--base B]
 * [--reliability nchs|bps|min-n] [--suppress] [--strict] [--format table|csv|json]`:
 * design-based shares of every destination by group. Rejected rows are excluded and reported on stderr.
 */
export async function estimateCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...surveyFlags,
    fpc: { type: 'string' },
    by: { type: 'string' },
    ci: { type: 'string' },
    level: { type: 'string' },
    df: { type: 'string' },
    'lonely-psu': { type: 'string' },
    measure: { type: 'string' },
    base: { type: 'string' },
    reliability: { type: 'string' },
    suppress: { type: 'boolean' },
    strict: { type: 'boolean' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('estimate needs a FILE');
  const format = formatOption(values.format, ['table', 'csv', 'json'] as const, 'table');
  const lonelyPsu = normalizeLonelyPsu(values['lonely-psu']);
  const level = values.level === undefined ? 0.95 : Number(values.level);
  if (values.level !== undefined && !(level > 0 && level < 1)) {
    throw new CliUsageError(
      `invalid --level ${JSON.stringify(values.level)}: expected a number between 0 and 1, e.g. 0.95`,
    );
  }
  const byColumns = (values.by ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const reserved = ['destination', ...STANDARD_COLUMNS] as readonly string[];
  const clash = byColumns.find((c) => reserved.includes(c));
  if (clash) {
    throw new CliUsageError(
      `invalid --by ${JSON.stringify(clash)}: it is the name of a result column (${reserved.join(', ')}); rename the column in the file`,
    );
  }
  const keys = byColumns.map((_, j) => `by_${j}`);
  const extra: Partial<SurveySchemaInput> = {
    dimensions: byColumns.map((column, j) => ({ key: keys[j]!, column, label: { en: column, id: column } })),
  };
  if (values.fpc) extra.fpc = { column: values.fpc };
  const { survey } = await loadSurvey({ ...values, file, extra }, io);
  const { rejected, read } = survey.accounting;
  if (rejected.length > 0) {
    io.stderr(
      `${file}: ${rejected.length} of ${read} rows rejected and left out (first: row ${rejected[0]!.row}, ${rejected[0]!.reason}); run \`minat validate\` for all of them\n`,
    );
  }
  const result = estimateShares(survey, buildDesign(survey, { lonelyPsu }), {
    by: keys,
    ci: values.ci ?? 'logit',
    level,
    df: (values.df ?? 'design') as 'design',
    ...(values.measure ? { measure: values.measure } : {}),
    ...(values.base ? { base: values.base as 'answered' } : {}),
    ...(values.reliability ? { reliability: values.reliability } : {}),
  });
  if (!result.sumsToOne) {
    io.stderr(
      `note: ${result.measure} shares of one group add up to more than 100% (respondents may name several destinations)\n`,
    );
  }
  for (const issue of result.issues)
    io.stderr(`${issue.level}: ${issue.message.replaceAll(/by_(\d+)/g, (_, j) => byColumns[Number(j)]!)}\n`);
  // The raw layer: reliability flags always, small-cell suppression only when asked.
  const published = values.suppress
    ? publishRows(result.rows, { reliability: result.options.reliability })
    : result.rows;
  const rows = published.map((r) => renameKeys(r, keys, byColumns));
  const columns = [...byColumns, 'destination', 'measure', 'base', ...STANDARD_COLUMNS];
  if (format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === 'csv') io.stdout(rowsToCsv(rows, columns));
  else io.stdout(estimateTable(rows, byColumns, result));
  return values.strict && rejected.length > 0 ? 1 : 0;
}

function renameKeys(row: EstimateRow, keys: string[], names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  keys.forEach((k, j) => {
    out[names[j]!] = row[k];
  });
  for (const [k, v] of Object.entries(row)) if (!keys.includes(k)) out[k] = v;
  return out;
}
