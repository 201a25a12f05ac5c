import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SURVEY_COLUMNS, type SurveyRow } from './columns.ts';
import { generateSurvey } from './generate-survey.ts';
import { loadReference } from './reference.ts';
import { createTally } from './tally.ts';
import { createTextWriter, csvLine } from './write-csv.ts';
import { writeFormats } from './write-formats.ts';
import { writeKobo } from './write-kobo.ts';
import { writeSchemas } from './write-schema.ts';

/** The documented default seed: 12 Feb 2026, the date of the KP2MI survey report (SOURCES.md §4). */
const DEFAULT_SEED = 20260212;
const sample = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const fixtures = fileURLToPath(new URL('../../../packages/core/test/fixtures/formats/', import.meta.url));

// `pnpm sample -- --rows N` may pass the `--` through; drop it so parseArgs sees the options.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    rows: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(`Usage: pnpm sample [--rows N [--out FILE]] [--seed S]
  (no options)  regenerate data/sample (survey.csv, survey.json, kobo/) and the format fixtures
  --rows N      write N respondents to FILE only (default data/sample/out-N.csv, git-ignored)
  --seed S      seed (default ${DEFAULT_SEED})`);
  process.exit(0);
}
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const rows = values.rows === undefined ? undefined : Number(values.rows);
if (!Number.isInteger(seed) || (rows !== undefined && !(Number.isInteger(rows) && rows >= 228))) {
  console.error('--seed and --rows take whole numbers (--rows at least 228)');
  process.exit(2);
}

const started = performance.now();
const ref = loadReference();
const style = { delimiter: ',', quoteAll: false, eol: '\n' } as const;
const path = rows === undefined ? sample('survey.csv') : (values.out ?? sample(`out-${rows}.csv`));
const out = createTextWriter(path);
out.write(csvLine(SURVEY_COLUMNS, style));
const tally = createTally();
const wave2026: SurveyRow[] = [];
const summaries = generateSurvey({
  seed,
  ref,
  ...(rows === undefined ? {} : { rows }),
  onRow(row) {
    out.write(
      csvLine(
        SURVEY_COLUMNS.map((c) => String(row[c])),
        style,
      ),
    );
    tally.add(row);
    if (rows === undefined && row.wave === 2026) wave2026.push(row);
  },
});
out.close();
console.log(`wrote ${path}`);
for (const s of summaries) {
  console.log(
    `  wave ${s.wave}: ${s.size} rows, raked in ${s.rakeIterations} sweeps (max rel. error ${s.rakeError.toExponential(1)})`,
  );
}
if (rows === undefined) {
  for (const file of writeSchemas(ref, sample(''))) console.log(`wrote ${file}`);
  for (const file of await writeKobo(wave2026, ref, sample('kobo'), seed)) console.log(`wrote ${file}`);
  for (const file of await writeFormats(wave2026, fixtures)) console.log(`wrote ${file}`);
}
const names = Object.fromEntries([...ref.destinations.map((d) => [d.iso2, d.nameEn]), ['ZZ', 'Other']]);
console.log(tally.report(names));
console.log(`seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
