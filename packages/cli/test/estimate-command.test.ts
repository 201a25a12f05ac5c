import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

interface RRow {
  group: Record<string, string>;
  destination: string;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  df: number;
  n: number;
  boundary: boolean;
}
interface RCase {
  design: 'stratified' | 'weighted-srs' | 'unweighted';
  by: string[];
  method: string;
  rows: RRow[];
}

const fixtures = 'packages/cli/test/fixtures/svyby';
const reference = JSON.parse(readFileSync(repo(`${fixtures}/reference.json`), 'utf8')) as {
  cases: RCase[];
  destinations: string[];
};
const flags: Record<RCase['design'], string[]> = {
  stratified: [
    repo(`${fixtures}/stratified.csv`),
    '--weight',
    'weight',
    '--strata',
    'province',
    '--psu',
    'regency',
  ],
  'weighted-srs': [repo(`${fixtures}/stratified.csv`), '--weight', 'weight'],
  unweighted: [repo(`${fixtures}/unweighted.csv`)],
};
// R's likelihood interval interpolates a coarse profile with a spline (methods.md §3); ours solves the
// equation exactly, so in small cells the two differ by up to ~2e-4 (measured on this fixture).
const TOLERANCE: Record<string, number> = {
  logit: 1e-8,
  beta: 1e-8,
  mean: 1e-8,
  xlogit: 1e-8,
  likelihood: 5e-4,
};

async function estimate(c: RCase) {
  const r = await runCli(
    'estimate',
    ...flags[c.design],
    '--destination',
    'dest',
    '--by',
    c.by.join(','),
    '--ci',
    c.method,
    '--format',
    'json',
  );
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

describe('minat estimate equals R svyby(~I(dest==k), ~group, subset(design, !is.na(dest)), svyciprop)', () => {
  const cases = reference.cases.filter((c) => c.method in TOLERANCE);
  for (const c of cases) {
    it(`${c.design} by ${c.by.join('+')}, ${c.method}: every destination and group`, async () => {
      const ours = await estimate(c);
      const key = (group: Record<string, unknown>, dest: unknown) =>
        `${c.by.map((b) => group[b]).join('|')}|${dest}`;
      const byKey = new Map(ours.map((row) => [key(row, row['destination']), row]));
      const tol = TOLERANCE[c.method]!;
      let compared = 0;
      for (const r of c.rows) {
        const row = byKey.get(key(r.group, r.destination));
        expect(row, `missing ${key(r.group, r.destination)}`).toBeDefined();
        expect(row!['df']).toBe(r.df);
        expect(row!['n_unweighted']).toBe(r.n);
        if (r.boundary) {
          // Decisions table: p̂ = 0 gets Clopper–Pearson on the unweighted domain n and a boundary flag.
          expect(row!['estimate']).toBe(0);
          expect(row!['ci_low']).toBe(0);
          expect(row!['ci_high'] as number).toBeCloseTo(1 - 0.025 ** (1 / r.n), 12);
          expect(row!['flags']).toContain('boundary');
          continue;
        }
        if (r.ci_low === null || r.ci_high === null) {
          // R gave no interval (NA without error for a single chooser under likelihood): ours must exist.
          expect(row!['ci_low']).not.toBeNull();
          continue;
        }
        expect(Math.abs((row!['estimate'] as number) - r.estimate!)).toBeLessThan(1e-8);
        expect(Math.abs((row!['se'] as number) - r.se!)).toBeLessThan(1e-8);
        expect(Math.abs((row!['ci_low'] as number) - Math.max(0, r.ci_low!))).toBeLessThan(tol);
        expect(Math.abs((row!['ci_high'] as number) - Math.min(1, r.ci_high!))).toBeLessThan(tol);
        compared++;
      }
      expect(compared).toBeGreaterThan(c.rows.length / 3);
      expect(ours).toHaveLength(c.rows.length);
    });
  }

  it('orders rows by group (first appearance), then by the destination share in the whole file', async () => {
    const rows = await estimate({ design: 'stratified', by: ['sex'], method: 'logit', rows: [] });
    const groups = [...new Set(rows.map((r) => r['sex']))];
    const first = (await runCli('estimate', ...flags.stratified, '--destination', 'dest', '--format', 'json'))
      .stdout;
    const overall = (JSON.parse(first) as Record<string, unknown>[]).map((r) => r['destination']);
    expect(rows.filter((r) => r['sex'] === groups[0]).map((r) => r['destination'])).toEqual(overall);
    expect(overall).toHaveLength(reference.destinations.length);
    const shares = (JSON.parse(first) as { estimate: number }[]).map((r) => r.estimate);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });
});

describe('minat estimate options and errors', () => {
  it('--format csv has the by columns, destination and the standard columns, flags ;-joined', async () => {
    const r = await runCli(
      'estimate',
      ...flags.stratified,
      '--destination',
      'dest',
      '--by',
      'sex',
      '--format',
      'csv',
    );
    const [header, ...lines] = r.stdout.trim().split('\n');
    expect(header).toBe(
      'sex,destination,measure,base,estimate,se,ci_low,ci_high,df,deff,n_unweighted,n_weighted,count_unweighted,n_eff,cv,flags',
    );
    expect(lines.length).toBeGreaterThan(10);
  });

  it('--df inf keeps the design df in the df column', async () => {
    const r = await runCli(
      'estimate',
      ...flags.stratified,
      '--destination',
      'dest',
      '--df',
      'inf',
      '--format',
      'json',
    );
    const rows = JSON.parse(r.stdout) as { df: number }[];
    expect(rows[0]!.df).toBe(22);
  });

  it('exits 2 naming the bad value for an unknown --ci, --lonely-psu, --level or a --by named like a result column', async () => {
    for (const [args, text] of [
      [['--ci', 'wald2'], '"wald2"'],
      [['--lonely-psu', 'drop'], '"drop"'],
      [['--level', '95'], '"95"'],
      [['--by', 'estimate'], '"estimate"'],
    ] as const) {
      const r = await runCli('estimate', ...flags.stratified, '--destination', 'dest', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
    }
  });
});

describe('minat estimate question kinds and measures (R T23 on sm-rk.csv)', () => {
  const smrk = repo('packages/core/test/fixtures/r-reference/sm-rk.csv');
  const design = ['--weight', 'w', '--strata', 'st', '--psu', 'psu', '--format', 'json'];
  const expected = JSON.parse(
    readFileSync(repo('packages/core/test/fixtures/r-reference/expected.json'), 'utf8'),
  ).cases as {
    id: string;
    expect: Record<string, number[]>;
  }[];
  const t23 = (id: string) => expected.find((c) => c.id === id)!.expect;
  const check = (
    rows: { destination: string; estimate: number; se: number; measure: string }[],
    est: number[],
    se: number[],
    measure: string,
  ) => {
    ['DE', 'CA', 'GB'].forEach((code, j) => {
      const r = rows.find((x) => x.destination === code)!;
      expect(r.measure).toBe(measure);
      expect(Math.abs(r.estimate - est[j]!)).toBeLessThan(1e-8);
      expect(Math.abs(r.se - se[j]!)).toBeLessThan(1e-8);
    });
  };

  it('--question ranked --measure first|any|borda', async () => {
    const e = t23('T23-ranked');
    for (const [measure, est, se] of [
      ['first', e['first'], e['first_se']],
      ['any', e['any'], e['any_se']],
      ['borda', e['borda_share'], e['borda_share_se']],
    ] as const) {
      const r = await runCli(
        'estimate',
        smrk,
        '--question',
        'ranked',
        '--columns',
        'r1,r2,r3',
        '--measure',
        measure,
        ...design,
      );
      expect(r.code, r.stderr).toBe(0);
      check(JSON.parse(r.stdout), est!, se!, measure);
    }
  });

  it('--question multi with 0/1 option columns: respondents (default, says shares pass 100%) and mentions', async () => {
    const e = t23('T23-multi');
    const r = await runCli('estimate', smrk, '--question', 'multi', '--columns', 'DE,CA,UK', ...design);
    check(JSON.parse(r.stdout), e['respondents']!, e['respondents_se']!, 'respondents');
    expect(r.stderr).toContain('more than 100%');
    const m = await runCli(
      'estimate',
      smrk,
      '--question',
      'multi',
      '--columns',
      'DE,CA,UK',
      '--measure',
      'mentions',
      ...design,
    );
    check(JSON.parse(m.stdout), e['mentions']!, e['mentions_se']!, 'mentions');
  });

  it('rejects a measure the question kind lacks and --destination with --columns', async () => {
    const r = await runCli(
      'estimate',
      smrk,
      '--question',
      'multi',
      '--columns',
      'DE,CA',
      '--measure',
      'borda',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected one of respondents, mentions');
    const both = await runCli('estimate', smrk, '--destination', 'r1', '--columns', 'r1');
    expect(both.code).toBe(2);
  });
});

describe('minat estimate reliability and suppression', () => {
  const sample = [
    repo('data/sample/survey.csv'),
    '--schema',
    repo('data/sample/survey.json'),
    '--by',
    'province',
    '--format',
    'json',
  ];

  it('flags under --reliability bps and suppresses nothing without --suppress', async () => {
    const r = await runCli('estimate', ...sample, '--reliability', 'bps');
    const rows = JSON.parse(r.stdout) as {
      estimate: number | null;
      flags: string[];
      count_unweighted: number;
    }[];
    expect(rows.some((x) => x.flags.includes('unreliable:bps'))).toBe(true);
    expect(rows.some((x) => x.flags.some((f) => f.startsWith('suppressed:')))).toBe(false);
    expect(rows.some((x) => x.count_unweighted > 0 && x.count_unweighted < 5 && x.estimate !== null)).toBe(
      true,
    );
  });

  it('--suppress nulls small cells with the reason, never 0', async () => {
    const r = await runCli('estimate', ...sample, '--suppress');
    const rows = JSON.parse(r.stdout) as {
      estimate: number | null;
      flags: string[];
      count_unweighted: number | null;
      n_unweighted: number;
    }[];
    const hidden = rows.filter((x) => x.flags.some((f) => f.startsWith('suppressed:')));
    expect(hidden.length).toBeGreaterThan(0);
    for (const x of hidden) {
      expect(x.estimate).toBeNull();
      expect(x.count_unweighted).toBeNull();
    }
    expect(rows.filter((x) => x.estimate !== null).every((x) => x.n_unweighted >= 30)).toBe(true);
  });

  it('rejects an unknown --reliability naming the standards', async () => {
    const r = await runCli('estimate', ...sample, '--reliability', 'cdc');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected one of nchs, bps, min-n');
  });
});
