import { parseSurveySchema, type SurveySchema, type SurveySchemaInput } from '@minat/core';
import { CliUsageError } from './cli-usage-error.ts';

/** Column flags as parsed from the command line. */
export interface ColumnFlags {
  destination?: string;
  /** Question kind for `--columns`: single, ranked or multi. */
  question?: string;
  /** The question's columns (ranked: in order; multi: one delimited column or the 0/1 option columns). */
  columns?: string;
  weight?: string;
  strata?: string;
  psu?: string;
  province?: string;
  wave?: string;
  id?: string;
}

/**
 * The survey schema to use: the schema file's (if any) with column flags overriding its roles.
 * `--destination a,b,c` declares a ranked question (first choice first); one column a single choice.
 */
export function schemaFromFlags(
  base: SurveySchemaInput | undefined,
  flags: ColumnFlags,
  extra: Partial<SurveySchemaInput> = {},
): SurveySchema {
  if (!base && !flags.destination && !flags.columns) {
    throw new CliUsageError(
      'give a survey schema (--schema survey.json) or at least --destination COL (or --question KIND --columns COL,…)',
    );
  }
  const schema: Record<string, unknown> = { ...(base ?? {}) };
  for (const role of ['weight', 'strata', 'psu', 'wave', 'id'] as const) {
    if (flags[role]) schema[role] = flags[role];
  }
  if (flags.province) schema['province'] = { column: flags.province };
  const list = (text: string) =>
    text
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
  if (flags.columns || flags.question) {
    if (flags.destination) throw new CliUsageError('give either --destination or --columns, not both');
    if (!flags.columns) throw new CliUsageError('--question needs --columns COL[,COL…]');
    schema['destination'] = questionFromFlags(flags.question ?? 'single', list(flags.columns));
    if (!base) schema['questions'] = [];
  } else if (flags.destination) {
    const columns = list(flags.destination);
    schema['destination'] =
      columns.length === 1 ? { kind: 'single', column: columns[0] } : { kind: 'ranked', columns };
    if (!base) schema['questions'] = [];
  }
  if (extra.dimensions)
    schema['dimensions'] = [...((schema['dimensions'] as unknown[]) ?? []), ...extra.dimensions];
  if (extra.fpc) schema['fpc'] = extra.fpc;
  return parseSurveySchema(schema, base ? 'schema with column flags' : 'column flags');
}

/** The destination question of `--question KIND --columns COL,…`. */
function questionFromFlags(kind: string, columns: string[]): Record<string, unknown> {
  if (kind === 'single') {
    if (columns.length !== 1)
      throw new CliUsageError(`--question single takes one column; got ${columns.length}`);
    return { kind, column: columns[0] };
  }
  if (kind === 'ranked') return { kind, columns };
  if (kind === 'multi') {
    if (columns.length === 1) return { kind, column: columns[0], separator: ' ' };
    // One 0/1 column per option: the destination is the part after the last `/` or `.` (`considered/JP`).
    return { kind, options: columns.map((column) => ({ code: column.split(/[/.]/).at(-1)!, column })) };
  }
  throw new CliUsageError(
    `invalid --question ${JSON.stringify(kind)}: expected one of single, ranked, multi`,
  );
}
