import { MinatError, replicateDesign, replicateWeightsFromMatrix } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { rankWithReplicates } from '../../../src/analyse/ranking/rank-with-replicates.ts';
import type { ReplicateDesign } from '../../../src/design/replicates/replicate-types.ts';
import { tCdf } from '../../../src/estimate/ci/quantiles.ts';
import { fixtureDesign, rCase } from '../../estimate/r-fixtures.ts';
import { subbootstrapMatrix } from './ranking-fixtures.ts';

const byCode = <T extends { destination: string }>(rows: T[], code: string) =>
  rows.find((r) => r.destination === (code === 'UK' ? 'GB' : code))!;

describe('rankWithReplicates on d1 with R’s subbootstrap matrix (T21-ranks)', () => {
  it('reproduces p_first, rank_low and rank_high of CA, DE, UK exactly, and the point ranks', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateWeightsFromMatrix(design, subbootstrapMatrix(), { scale: 1 / 199 });
    const result = rankWithReplicates(survey, design, rep);
    const e = rCase('T21-ranks').expect;
    (e['levels'] as string[]).forEach((level, j) => {
      const row = byCode(result.rows, level);
      expect(row.estimate).toBeCloseTo(e['estimate'][j], 14);
      expect(row.rank).toBe(e['rank'][j]);
      expect(row.p_first).toBe(e['p_first'][j]);
      expect(row.rank_low).toBe(e['rank_low'][j]);
      expect(row.rank_high).toBe(e['rank_high'][j]);
    });
    expect(result.rows.slice(0, 3).map((r) => r.destination)).toEqual(['DE', 'CA', 'GB']);
    expect(result.replicates).toEqual({ type: 'other', R: 200, seed: null });
    expect(result.issues).toEqual([]);
  });

  it('the same matrix as PSU multipliers (the PSU-sum path) gives the same ranking columns', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const matrix = subbootstrapMatrix();
    const n = design.n;
    const R = matrix.length / n;
    const P = design.psuStratum.length;
    const multipliers = new Float64Array(R * P);
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < n; i++)
        multipliers[r * P + design.psu[i]!] = matrix[r * n + i]! / design.weights[i]!;
    }
    const rep: ReplicateDesign = {
      type: 'subbootstrap',
      R,
      multipliers,
      scale: 1 / 199,
      rscales: new Float64Array(R).fill(1),
      mse: false,
      df: 5,
      issues: [],
    };
    const pick = (rows: { p_first: number | null; rank_low: number | null; rank_high: number | null }[]) =>
      rows.map(({ p_first, rank_low, rank_high }) => [p_first, rank_low, rank_high]);
    const a = rankWithReplicates(survey, design, rep).rows;
    const b = rankWithReplicates(
      survey,
      design,
      replicateWeightsFromMatrix(design, matrix, { scale: 1 / 199 }),
    ).rows;
    expect(pick(a)).toEqual(pick(b));
    expect(pick(a).slice(0, 3)).toEqual([
      [0.505, 1, 2],
      [0.395, 1, 3],
      [0.13, 1, 3],
    ]);
  });

  it('diff_next is the difference with the next destination, SE sqrt(V1 + V2 − 2C) from the table, p on t(5); null for the last', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateWeightsFromMatrix(design, subbootstrapMatrix(), { scale: 1 / 199 });
    const result = rankWithReplicates(survey, design, rep);
    const { table, units } = result.estimate.shares;
    const k = (code: string) => units.indexOf(code);
    const ranked = result.rows.filter((r) => r.rank !== null);
    for (let i = 0; i + 1 < ranked.length; i++) {
      const [a, b] = [k(ranked[i]!.destination), k(ranked[i + 1]!.destination)];
      const { estimate: pa, variance: va } = table.cell(0, a);
      const { estimate: pb, variance: vb } = table.cell(0, b);
      const se = Math.sqrt(va + vb - 2 * table.covariance(0, a, 0, b));
      expect(ranked[i]!.diff_next).toBe(pa - pb);
      expect(ranked[i]!.diff_next_se).toBeCloseTo(se, 15);
      expect(ranked[i]!.diff_next_p).toBeCloseTo(2 * tCdf(-Math.abs((pa - pb) / se), 5), 14);
    }
    const last = ranked.at(-1)!;
    expect([last.diff_next, last.diff_next_se, last.diff_next_p]).toEqual([null, null, null]);
    // DE − CA = 0.0666…, CA − UK = 0.1333…: neither significant at 0.05 on 5 df, so one tie group
    expect(ranked[0]!.diff_next).toBeCloseTo(0.4222222222222 - 0.3555555555556, 12);
    expect(ranked.slice(0, 3).map((r) => r.tie_group)).toEqual([1, 1, 1]);
  });

  it('jackknife replicates are accepted with a warning that they are not bootstrap draws', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const result = rankWithReplicates(survey, design, replicateDesign(design, { type: 'JKn' }));
    expect(result.issues.map((i) => i.code)).toEqual(['rank-replicates-not-bootstrap']);
    expect(result.replicates).toEqual({ type: 'JKn', R: 8, seed: null });
  });

  it('refuses replicates/seed options, a bad tieLevel and multipliers of another design', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateWeightsFromMatrix(design, subbootstrapMatrix(), { scale: 1 / 199 });
    const boot = replicateDesign(design, { type: 'subbootstrap', replicates: 10 });
    const other = { ...boot, multipliers: boot.multipliers.subarray(0, 70) };
    const cases: [() => unknown, RegExp][] = [
      [
        () => rankWithReplicates(survey, design, rep, { seed: 3 } as never),
        /invalid seed 3: the replicates are given/,
      ],
      [
        () => rankWithReplicates(survey, design, rep, { replicates: 50 } as never),
        /invalid replicates 50: the replicates are given/,
      ],
      [
        () => rankWithReplicates(survey, design, rep, { tieLevel: 5 }),
        /invalid tieLevel 5: expected a significance level/,
      ],
      [
        () => rankWithReplicates(survey, design, other),
        /7 PSU multipliers per replicate and the design 8 PSUs/,
      ],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(MinatError);
      expect(call).toThrow(message);
    }
  });
});
