import { readFileSync } from 'node:fs';
import {
  buildDesign,
  parseSurveySchema,
  readTable,
  type SurveyDesign,
  type SurveySchemaInput,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';

const root = new URL('../../../../../', import.meta.url);
const fixtures = new URL('../../fixtures/r-reference/', import.meta.url);

/** The sample survey (data/sample/survey.csv with survey.json) and its design, read once per test file. */
export async function sampleSurvey(): Promise<{ survey: ValidatedSurvey; design: SurveyDesign }> {
  const schema = parseSurveySchema(
    JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
    'survey.json',
  );
  const table = await readTable({
    name: 'survey.csv',
    bytes: new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root))),
  });
  const survey = validateSurvey(table, schema);
  return { survey, design: buildDesign(survey) };
}

/** d1-subbootstrap-200.csv (16 rows × 200 replicate columns) as an R × n row-major matrix. */
export function subbootstrapMatrix(): Float64Array {
  const rows = readFileSync(new URL('d1-subbootstrap-200.csv', fixtures), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map(Number));
  const n = rows.length;
  const R = rows[0]!.length;
  const m = new Float64Array(R * n);
  rows.forEach((row, i) => {
    row.forEach((v, r) => {
      m[r * n + i] = v;
    });
  });
  return m;
}

/**
 * A simple random sample (no weights, strata or PSUs) with the given number of first choices per
 * destination, in one group.
 */
export async function srsWithCounts(
  counts: Record<string, number>,
): Promise<{ survey: ValidatedSurvey; design: SurveyDesign }> {
  const lines = ['id,dest'];
  for (const [code, count] of Object.entries(counts)) {
    for (let j = 0; j < count; j++) lines.push(`${lines.length},${code}`);
  }
  const table = await readTable({ name: 'srs.csv', text: `${lines.join('\n')}\n` });
  const survey = validateSurvey(
    table,
    parseSurveySchema({ id: 'id', destination: { kind: 'single', column: 'dest' } } as SurveySchemaInput),
  );
  return { survey, design: buildDesign(survey) };
}
