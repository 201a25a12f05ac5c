// The core's speed: ingest → validate → first-choice shares on a generated survey, reported as ratios
// against baselines measured in the same run (this machine is shared and noisy, so absolute times mean
// little). Baselines: decoding the bytes and splitting lines and fields naively (the least any CSV
// reader must do), and one plain weighted group-by over the parsed columns.
import {
  buildDesign,
  estimateShares,
  parseSurveySchema,
  readTable,
  validateSurvey,
  weightedFirstChoice,
} from '../packages/core/src/index.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const DEST = [
  'Jepang',
  'JP',
  'Jerman',
  'Korea Selatan',
  'Taiwan',
  'Hong Kong',
  'Malaysia',
  'Singapura',
  'Arab Saudi',
  '',
];
const PROV = ['Jatim', '35', 'Jawa Tengah', 'NTB', 'Lampung', '51'];

function makeCsv(): Uint8Array {
  const parts = ['id,prov,psu,w,dest_1,dest_2\n'];
  for (let i = 0; i < ROWS; i++) {
    parts.push(
      `${i + 1},${PROV[i % 6]},${i % 400},${(1 + (i % 17) / 10).toFixed(2)},${DEST[i % 10]},${DEST[(i * 7 + 3) % 9]}\n`,
    );
  }
  return new TextEncoder().encode(parts.join(''));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** Runs the core benchmark and prints its table. */
export async function runCoreBench(): Promise<void> {
  const bytes = makeCsv();
  const schema = parseSurveySchema({
    id: 'id',
    weight: 'w',
    strata: 'prov',
    psu: 'psu',
    province: { column: 'prov' },
    destination: { kind: 'ranked', columns: ['dest_1', 'dest_2'] },
  });

  const naiveSplit = await time(() => {
    const text = new TextDecoder().decode(bytes);
    let fields = 0;
    for (const line of text.split('\n')) fields += line.split(',').length;
    return fields;
  });
  const ingest = await time(() => readTable({ name: 'bench.csv', bytes }));
  const raw = await readTable({ name: 'bench.csv', bytes });
  const validate = await time(() => validateSurvey(raw, schema));
  const survey = validateSurvey(raw, schema);
  const naiveGroupBy = await time(() => {
    const sums = new Map<string, number>();
    const w = raw.columns[3]!;
    const d = raw.columns[4]!;
    for (let i = 0; i < d.length; i++) sums.set(d[i]!, (sums.get(d[i]!) ?? 0) + Number(w[i]));
    return sums;
  });
  const shares = await time(() => weightedFirstChoice(survey));
  const design = buildDesign(survey, { lonelyPsu: 'adjust' });
  const table = await time(() => estimateShares(survey, design, { by: ['province'] }));

  const mb = bytes.length / 1e6;
  const line = (name: string, ms: number, base: number, baseName: string) =>
    `${name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / base).toFixed(2).padStart(6)} × ${baseName}`;
  console.log(
    `${ROWS.toLocaleString('en')} rows, ${mb.toFixed(1)} MB CSV, median of ${REPEAT} runs, Node ${process.versions.node}`,
  );
  console.log(line('baseline: decode + split lines/fields', naiveSplit, naiveSplit, 'naive split'));
  console.log(line('readTable (CSV → RawTable)', ingest, naiveSplit, 'naive split'));
  console.log(line('validateSurvey (normalise, encode)', validate, naiveSplit, 'naive split'));
  console.log(line('baseline: Map group-by on strings', naiveGroupBy, naiveGroupBy, 'naive group-by'));
  console.log(line('weightedFirstChoice (typed arrays)', shares, naiveGroupBy, 'naive group-by'));
  console.log(line('estimateShares by province (SE, CI, df)', table, naiveGroupBy, 'naive group-by'));
}
