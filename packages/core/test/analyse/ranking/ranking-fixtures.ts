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
 * `sex` group and destination (`''` = no answer).
 *
 * @example srsSurvey({ F: { JP: 30, DE: 20 }, M: { '': 5, KR: 10 } })
 */
export async function srsSurvey(
  counts: Record<string, Record<string, number>>,
): Promise<{ survey: ValidatedSurvey; design: SurveyDesign }> {
  const lines = ['id,sex,dest'];
  for (const [sex, byDest] of Object.entries(counts)) {
    for (const [code, count] of Object.entries(byDest)) {
      for (let j = 0; j < count; j++) lines.push(`${lines.length},${sex},${code}`);
    }
  }
  const table = await readTable({ name: 'srs.csv', text: `${lines.join('\n')}\n` });
  const survey = validateSurvey(
    table,
    parseSurveySchema({
      id: 'id',
      destination: { kind: 'single', column: 'dest' },
      dimensions: [{ key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } }],
    } as SurveySchemaInput),
  );
  return { survey, design: buildDesign(survey) };
}
