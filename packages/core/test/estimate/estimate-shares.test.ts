import {
  buildDesign,
  estimateShares,
  MinatError,
  parseSurveySchema,
  readTable,
  validateSurvey,
} from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const DESTS = ['JP', 'DE', 'KR', 'TW', ''];
const row = fc.record({
  stratum: fc.constantFrom('A', 'B', 'C'),
  psu: fc.constantFrom('1', '2', '3'),
  w: fc.double({ min: 0.1, max: 50, noNaN: true }),
  dest: fc.constantFrom(...DESTS),
  sex: fc.constantFrom('F', 'M'),
});
type Row = { stratum: string; psu: string; w: number; dest: string; sex: string };

async function run(rows: Row[], scale = 1, ci = 'logit') {
  const csv = [
    'stratum,psu,w,dest,sex',
    ...rows.map((r) => `${r.stratum},${r.psu},${r.w * scale},${r.dest},${r.sex}`),
  ].join('\n');
  const survey = validateSurvey(
    await readTable({ name: 'p.csv', text: csv }),
    parseSurveySchema({
      weight: 'w',
      strata: 'stratum',
      psu: 'psu',
      destination: { kind: 'single', column: 'dest' },
      dimensions: [{ key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } }],
    }),
  );
  return estimateShares(survey, buildDesign(survey, { lonelyPsu: 'adjust' }), { by: ['sex'], ci });
}

const surveys = fc.array(row, { minLength: 8, maxLength: 60 }).filter((rows) => {
  const psus = new Set(rows.map((r) => `${r.stratum}/${r.psu}`));
  return psus.size >= 2 && rows.some((r) => r.dest !== '');
});

describe('estimateShares properties', () => {
  for (const ci of ['logit', 'likelihood', 'asin', 'beta', 'mean', 'xlogit', 'wilson', 'clopper-pearson']) {
    it(`${ci}: 0 ≤ ci_low ≤ estimate ≤ ci_high ≤ 1, and a zero-width interval always carries a flag`, async () => {
      await fc.assert(
        fc.asyncProperty(surveys, async (rows) => {
          for (const r of (await run(rows, 1, ci)).rows) {
            if (r.estimate === null) {
              expect(r.flags).toContain('empty');
              continue;
            }
            expect(r.ci_low!).toBeGreaterThanOrEqual(0);
            expect(r.ci_low!).toBeLessThanOrEqual(r.estimate + 1e-12);
            expect(r.ci_high!).toBeGreaterThanOrEqual(r.estimate - 1e-12);
            expect(r.ci_high!).toBeLessThanOrEqual(1);
            if (r.ci_high! - r.ci_low! < 1e-12) expect(r.flags.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: ci === 'likelihood' ? 25 : 40 },
      );
    });
  }

  it('shares of a single-choice question sum to 1 in every group', async () => {
    await fc.assert(
      fc.asyncProperty(surveys, async (rows) => {
        const sums = new Map<unknown, number>();
        for (const r of (await run(rows)).rows)
          if (r.estimate !== null) sums.set(r['sex'], (sums.get(r['sex']) ?? 0) + r.estimate);
        for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
      }),
      { numRuns: 60 },
    );
  });

  const scaleInvariance = fc.asyncProperty(surveys, fc.constantFrom(0.01, 3, 1000), async (rows, c) => {
    const a = (await run(rows)).rows;
    const b = (await run(rows, c)).rows;
    a.forEach((r, j) => {
      const s = b[j]!;
      expect(s.destination).toBe(r.destination);
      for (const key of ['estimate', 'se', 'ci_low', 'ci_high', 'deff'] as const) {
        if (r[key] === null) expect(s[key]).toBeNull();
        else {
          const [x, y] = [s[key] as number, r[key] as number];
          expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
        }
      }
      expect(s.n_weighted).toBeCloseTo(r.n_weighted * c, 6);
    });
  });

  it('invariance holds where a zero variance came out as ~1e-17 after scaling (seed −906381856)', async () => {
    await fc.assert(scaleInvariance, { seed: -906381856, numRuns: 40 });
  });

  it('invariance holds where p̂ = 1 came out as 1 − 1e-16 after scaling (seed −789361160)', async () => {
    await fc.assert(scaleInvariance, { seed: -789361160, numRuns: 40 });
  });

  it('estimates, SEs and intervals do not change when every weight is multiplied by a constant', async () => {
    await fc.assert(scaleInvariance, { numRuns: 40 });
  });
});

describe('estimateShares on a small design computed by hand', () => {
  it('a destination nobody in a group chose gets 0 with Clopper–Pearson on n and the boundary flag', async () => {
    const rows: Row[] = [
      { stratum: 'A', psu: '1', w: 1, dest: 'JP', sex: 'F' },
      { stratum: 'A', psu: '2', w: 1, dest: 'JP', sex: 'F' },
      { stratum: 'A', psu: '1', w: 1, dest: 'DE', sex: 'M' },
      { stratum: 'A', psu: '2', w: 1, dest: 'JP', sex: 'M' },
    ];
    const f = (await run(rows)).rows.filter((r) => r['sex'] === 'F');
    const de = f.find((r) => r.destination === 'DE')!;
    expect(de).toMatchObject({ estimate: 0, ci_low: 0, n_unweighted: 2 });
    expect(de.ci_high).toBeCloseTo(1 - 0.025 ** (1 / 2), 14);
    expect(de.flags).toContain('boundary');
    expect(de.cv).toBeNull();
    expect(de.deff).toBeNull();
  });

  it('rejects an unknown question, grouping key or interval method by name', async () => {
    const rows: Row[] = [
      { stratum: 'A', psu: '1', w: 1, dest: 'JP', sex: 'F' },
      { stratum: 'A', psu: '2', w: 1, dest: 'DE', sex: 'M' },
    ];
    const csv = ['stratum,psu,w,dest', ...rows.map((r) => `${r.stratum},${r.psu},${r.w},${r.dest}`)].join(
      '\n',
    );
    const survey = validateSurvey(
      await readTable({ name: 'p.csv', text: csv }),
      parseSurveySchema({ weight: 'w', psu: 'psu', destination: { kind: 'single', column: 'dest' } }),
    );
    const design = buildDesign(survey);
    expect(() => estimateShares(survey, design, { by: ['region'] })).toThrow(MinatError);
    expect(() => estimateShares(survey, design, { question: 'considered' })).toThrow(
      'invalid question "considered"',
    );
    expect(() => estimateShares(survey, design, { ci: 'wald2' })).toThrow('invalid ci "wald2"');
  });
});
