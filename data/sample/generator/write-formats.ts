import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SURVEY_COLUMNS, type SurveyRow } from './columns.ts';
import { type CsvStyle, csvLine } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';

const NUMERIC = new Set<string>(['wave', 'weight', 'age']);

/** A row as a JSON object: numbers for wave/weight/age, `null` for blank answers. */
function jsonRecord(row: SurveyRow): Record<string, string | number | null> {
  return Object.fromEntries(SURVEY_COLUMNS.map((c) => [c, row[c] === '' ? null : row[c]]));
}

function delimited(rows: SurveyRow[], style: CsvStyle, bom: boolean): string {
  const lines = [SURVEY_COLUMNS, ...rows.map((r) => SURVEY_COLUMNS.map((c) => String(r[c])))];
  return (bom ? '\uFEFF' : '') + lines.map((cells) => csvLine(cells, style)).join('');
}

/**
 * Writes the same rows in every format the ingest reads, for the ingest equivalence test:
 * `survey-2026.csv` (`,`, LF, no BOM), `survey-2026-semicolon.csv` (`;`, UTF-8 BOM, CRLF, all fields
 * quoted), `survey-2026.tsv`, `survey-2026.xlsx` (sheet `data`; wave, weight and age as numbers, blanks as
 * empty cells), `survey-2026.json` (array of objects) and `survey-2026.ndjson` (one object a line); in
 * JSON, wave/weight/age are numbers and blank answers `null`.
 *
 * @param rows - the rows (the 2026 wave)
 * @param dir - target folder (`packages/core/test/fixtures/formats`)
 * @returns the paths written
 * @example
 * ```ts
 * await writeFormats(rows2026, 'packages/core/test/fixtures/formats');
 * ```
 */
export async function writeFormats(rows: SurveyRow[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  const texts: [string, string][] = [
    ['survey-2026.csv', delimited(rows, { delimiter: ',', quoteAll: false, eol: '\n' }, false)],
    ['survey-2026-semicolon.csv', delimited(rows, { delimiter: ';', quoteAll: true, eol: '\r\n' }, true)],
    ['survey-2026.tsv', delimited(rows, { delimiter: '\t', quoteAll: false, eol: '\n' }, false)],
    ['survey-2026.json', `[\n${rows.map((r) => JSON.stringify(jsonRecord(r))).join(',\n')}\n]\n`],
    ['survey-2026.ndjson', rows.map((r) => `${JSON.stringify(jsonRecord(r))}\n`).join('')],
  ];
  for (const [name, text] of texts) writeFileSync(path(name), text);
  const sheet = [
    [...SURVEY_COLUMNS],
    ...rows.map((r) =>
      SURVEY_COLUMNS.map((c) => (r[c] === '' ? null : NUMERIC.has(c) ? Number(r[c]) : String(r[c]))),
    ),
  ];
  await writeXlsx([{ name: 'data', rows: sheet }], path('survey-2026.xlsx'));
  return [...texts.map(([name]) => path(name)), path('survey-2026.xlsx')];
}
