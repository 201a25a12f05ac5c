import { parseSurveySchema, type SurveySchema, type SurveySchemaInput } from '@minat/core';
import { CliUsageError } from './cli-usage-error.ts';

/** Column flags as parsed from the command line. */
export interface ColumnFlags {
  destination?: string;
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
  if (!base && !flags.destination) {
    throw new CliUsageError('give a survey schema (--schema survey.json) or at least --destination COL');
  }
  const schema: Record<string, unknown> = { ...(base ?? {}) };
  for (const role of ['weight', 'strata', 'psu', 'wave', 'id'] as const) {
    if (flags[role]) schema[role] = flags[role];
  }
  if (flags.province) schema['province'] = { column: flags.province };
  if (flags.destination) {
    const columns = flags.destination
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    schema['destination'] =
      columns.length === 1 ? { kind: 'single', column: columns[0] } : { kind: 'ranked', columns };
    if (!base) schema['questions'] = [];
  }
  if (extra.dimensions)
    schema['dimensions'] = [...((schema['dimensions'] as unknown[]) ?? []), ...extra.dimensions];
  if (extra.fpc) schema['fpc'] = extra.fpc;
  return parseSurveySchema(schema, base ? 'schema with column flags' : 'column flags');
}
