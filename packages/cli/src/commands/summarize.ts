import {
  buildDesign,
  compareGroups,
  type DestinationGrouping,
  estimateShares,
  latestWave,
  normalizeLonelyPsu,
  placementsComparison,
  publishComparison,
  publishRanking,
  publishRows,
  publishTrend,
  rankDestinations,
  readiness,
  rowsToCsv,
  type SurveySchemaInput,
  suppressionNote,
  trend,
} from '@minat/core';
import { rowsTable } from '../format/rows-table.ts';
import { summaryColumns } from '../format/summary-columns.ts';
import type { ConsoleIO } from '../io/console-io.ts';
import { loadSurvey, readSchemaFile } from '../io/load-survey.ts';
import { CliUsageError } from '../options/cli-usage-error.ts';
import { formatOption, parseCommandArgs, surveyFlags } from '../options/parse-command-args.ts';
import { parseFilter } from '../options/parse-filter.ts';

const ANALYSES = ['ranking', 'trend', 'compare', 'readiness', 'placements', 'regions'] as const;
type Analysis = (typeof ANALYSES)[number];

/**
 * `minat summarize FILE [--schema S | column flags] --analysis ranking|trend|compare|readiness|placements|regions
 * [--by …] [--wave W] [--filter EXPR] [--reference LEVEL] [--regions un-region|un-subregion|policy-region]
 * [--reliability nchs|bps|min-n] [--no-suppress] [--format table|csv|json]`: one analysis, with
 * reliability flags and small-cell suppression applied (suppressed cells are null with the reason).
 */
export async function summarizeCommand(args: string[], io: ConsoleIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...surveyFlags,
    analysis: { type: 'string' },
    by: { type: 'string' },
    filter: { type: 'string' },
    reference: { type: 'string' },
    regions: { type: 'string' },
    measure: { type: 'string' },
    reliability: { type: 'string' },
    'no-suppress': { type: 'boolean' },
    seed: { type: 'string' },
    replicates: { type: 'string' },
    'lonely-psu': { type: 'string' },
    ci: { type: 'string' },
    level: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new CliUsageError('summarize needs a FILE');
  const analysis = values.analysis as Analysis;
  if (!ANALYSES.includes(analysis)) {
    throw new CliUsageError(
      `invalid --analysis ${JSON.stringify(values.analysis ?? '')}: expected one of ${ANALYSES.join(', ')}`,
    );
  }
  const format = formatOption(values.format, ['table', 'csv', 'json'] as const, 'table');
  const filterColumns = parseFilter(values.filter);
  const byNames = (values.by ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // With a schema, `--wave W` selects a wave; with column flags only, `--wave COL` names the wave column.
  const { wave: waveFlag, ...flags } = values;
  const schemaFile = values.schema ? await readSchemaFile(values.schema) : undefined;
  const waveIsColumn = schemaFile === undefined && waveFlag !== undefined;
  const known = new Set([
    ...(schemaFile?.dimensions ?? []).map((d) => d.key),
    ...(schemaFile?.wave || waveIsColumn ? ['wave'] : []),
    ...(schemaFile?.province || values.province ? ['province', 'island_group'] : []),
  ]);
  const keys = new Map<string, string>();
  const dimensions: NonNullable<SurveySchemaInput['dimensions']> = [];
  [...byNames, ...Object.keys(filterColumns)].forEach((name, j) => {
    if (keys.has(name)) return;
    if (known.has(name)) keys.set(name, name);
    else {
      const key = `col_${j}`;
      keys.set(name, key);
      dimensions.push({ key, column: name, label: { en: name, id: name } });
    }
  });
  const { survey } = await loadSurvey(
    { ...flags, ...(waveIsColumn ? { wave: waveFlag } : {}), file, extra: { dimensions } },
    io,
  );
  const by = byNames.map((b) => keys.get(b)!);
  const filter: Record<string, string[]> = {};
  for (const [column, vals] of Object.entries(filterColumns)) filter[keys.get(column)!] = vals;
  const wave = !waveIsColumn && waveFlag !== undefined ? waveFlag : latestWave(survey);
  if (wave !== undefined && analysis !== 'trend') filter['wave'] = [wave];
  const design = buildDesign(survey, { lonelyPsu: normalizeLonelyPsu(values['lonely-psu']) });
  const common = {
    filter,
    ...(values.ci ? { ci: values.ci } : {}),
    ...(values.level ? { level: Number(values.level) } : {}),
    ...(values.measure ? { measure: values.measure } : {}),
  };
  const publish = {
    reliability: values.reliability ?? 'nchs',
    suppress: values['no-suppress'] === undefined,
  };
  const finish = <R extends Record<string, unknown>>(rows: R[]) =>
    publishRows(rows as never[], publish) as unknown as R[];
  const rename = (row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) out[[...keys].find(([, key]) => key === k)?.[0] ?? k] = v;
    return out;
  };
  let rows: Record<string, unknown>[];
  let extra: Record<string, unknown> = {};
  const notes: string[] = [];
  if (analysis === 'ranking') {
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    const replicates = values.replicates === undefined ? undefined : Number(values.replicates);
    const result = rankDestinations(survey, design, {
      ...common,
      by,
      ...(seed === undefined ? {} : { seed }),
      ...(replicates === undefined ? {} : { replicates }),
    });
    rows = publishRanking(result, publish) as never[];
    notes.push(
      `ranking of ${result.measure} shares (base: ${result.base}); p_first and rank intervals from ${result.replicates.R} Rao–Wu subbootstrap replicates, seed ${result.replicates.seed}`,
    );
  } else if (analysis === 'regions') {
    const grouping = (values.regions ?? 'policy-region') as DestinationGrouping;
    rows = finish(estimateShares(survey, design, { ...common, by, destinations: grouping }).rows as never[]);
    notes.push(
      `destinations grouped by ${grouping}: each region is its own estimate (share choosing any of its countries)`,
    );
  } else if (analysis === 'trend') {
    const result = trend(survey, design, { ...common, by });
    const published = publishTrend(result, publish);
    rows = published.changes as never[];
    extra = { waves: published.rows.map(rename) };
    notes.push(
      `changes between waves ${result.waves.join(', ')} (independent samples; consecutive waves and first to last)`,
    );
  } else if (analysis === 'compare') {
    if (by.length !== 1) throw new CliUsageError('--analysis compare needs exactly one --by column');
    const result = compareGroups(survey, design, {
      ...common,
      by: by[0]!,
      ...(values.reference ? { reference: values.reference } : {}),
    });
    rows = publishComparison(result, publish) as never[];
    extra = { association: result.association };
    if (result.association) {
      const a = result.association;
      notes.push(
        `Rao–Scott ${a.method} test of ${byNames[0]} × destination: statistic ${a.statistic?.toFixed(3)}, p = ${a.p_value?.toExponential(2)}`,
      );
    }
  } else if (analysis === 'readiness') {
    rows = finish(readiness(survey, design, { ...common, by }).rows as never[]);
  } else {
    if (wave === undefined)
      throw new CliUsageError('--analysis placements needs a wave (a wave column in the schema, or --wave)');
    const shares = finish(estimateShares(survey, design, { ...common, measure: 'first' }).rows as never[]);
    const result = placementsComparison(shares as never[], { wave });
    rows = result.rows as never[];
    notes.push(result.note);
  }
  rows = rows.map(rename);
  const note = suppressionNote(rows.filter((r) => Array.isArray(r['flags'])) as never[], 'en');
  if (note) notes.push(note);
  for (const issue of [...design.issues]) io.stderr(`${issue.level}: ${issue.message}\n`);
  const columns = summaryColumns(analysis, rows, byNames);
  if (format === 'json')
    io.stdout(`${JSON.stringify({ analysis, wave: wave ?? null, notes, rows, ...extra }, null, 2)}\n`);
  else if (format === 'csv') io.stdout(rowsToCsv(rows, columns));
  else {
    io.stdout(`${analysis}${wave !== undefined && analysis !== 'trend' ? `, wave ${wave}` : ''}\n`);
    for (const n of notes) io.stdout(`${n}\n`);
    io.stdout(`\n${rowsTable(rows, columns)}`);
  }
  return 0;
}
