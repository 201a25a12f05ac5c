import { readFileSync } from 'node:fs';
import {
  buildDesign,
  type LonelyPsu,
  parseSurveySchema,
  readTable,
  type SurveyDesign,
  type SurveySchemaInput,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';

const dir = new URL('../fixtures/r-reference/', import.meta.url);

/** A case of `expected.json` by id. */
export function rCase(id: string): { expect: Record<string, unknown> & Record<string, any> } {
  const all = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')).cases as { id: string }[];
  const found = all.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id} in expected.json`);
  return found as never;
}

/** Reads a fixture CSV with a schema (destination column `dest` unless given) and builds its design. */
export async function fixtureDesign(
  file: string,
  schema: Partial<SurveySchemaInput> = { weight: 'w', strata: 'prov', psu: 'psu' },
  lonelyPsu: LonelyPsu = 'fail',
): Promise<{ survey: ValidatedSurvey; design: SurveyDesign }> {
  const table = await readTable({ name: file, bytes: new Uint8Array(readFileSync(new URL(file, dir))) });
  const survey = validateSurvey(
    table,
    parseSurveySchema({ destination: { kind: 'single', column: 'dest' }, ...schema } as SurveySchemaInput),
  );
  return { survey, design: buildDesign(survey, { lonelyPsu }) };
}

/** A fixture's raw CSV column as strings. */
export async function fixtureColumn(file: string, column: string): Promise<string[]> {
  const table = await readTable({ name: file, bytes: new Uint8Array(readFileSync(new URL(file, dir))) });
  return table.columns[table.headers.indexOf(column)]!;
}
