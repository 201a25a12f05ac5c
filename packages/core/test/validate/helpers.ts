import { parseSurveySchema, readTable, type SurveySchemaInput, validateSurvey } from '@minat/core';

/** Reads `text` as a CSV file named `name` and validates it with `schema`. */
export async function validateCsv(text: string, schema: SurveySchemaInput, name = 'test.csv') {
  const table = await readTable({ name, text });
  return validateSurvey(table, parseSurveySchema(schema));
}

/** A design schema used by many tests: weight, strata, PSU, province, single destination. */
export const designSchema: SurveySchemaInput = {
  id: 'id',
  weight: 'w',
  strata: 'prov',
  psu: 'psu',
  province: { column: 'prov' },
  destination: { kind: 'single', column: 'dest' },
};
