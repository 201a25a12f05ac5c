import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { rankUncertainty } from '../../../src/design/replicates/rank-uncertainty.ts';
import { replicateRatios } from '../../../src/design/replicates/replicate-ratios.ts';
import { replicateRatiosFromWeights } from '../../../src/design/replicates/replicate-ratios-from-weights.ts';
import type { ReplicateDesign } from '../../../src/design/replicates/replicate-types.ts';
import { replicateVariance } from '../../../src/design/replicates/replicate-variance.ts';
import { replicateWeightsFromMatrix } from '../../../src/design/replicates/replicate-weights-from-matrix.ts';
import { fixtureDesign, rCase } from '../../estimate/r-fixtures.ts';
import { column, expected, fixtureText, shares } from './replicate-fixtures.ts';

/** d1-subbootstrap-200.csv (16 rows × 200 replicate columns) as an R × n row-major matrix. */
function subbootstrapMatrix(): Float64Array {
  const rows = fixtureText('d1-subbootstrap-200.csv')
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

describe('replicateWeightsFromMatrix + replicateRatiosFromWeights on R’s subbootstrap matrix (T21-bootstrap)', () => {
  it('V(de) = 0.0036569517001759 with scale 1/199 centred on the replicate mean; every level; mse; degf 5', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const e = rCase('T21-bootstrap').expect;
    const rep = replicateWeightsFromMatrix(design, subbootstrapMatrix(), {
      scale: e['scale'],
      type: 'subbootstrap',
    });
    expect(rep.R).toBe(e['replicates']);
    const { K, input, table, k } = shares(survey, design);
    const thetas = replicateRatiosFromWeights(input, rep);
    const v = (level: string, mse = false) =>
      replicateVariance(
        column(thetas, rep.R, 1, K, 0, k(level)),
        table.cell(0, k(level)).estimate,
        rep.scale,
        rep.rscales,
        mse,
      );
    expect(Math.abs(v('DE') - e['variance'])).toBeLessThan(1e-15);
    ['CA', 'DE', 'UK'].forEach((level, j) => {
      expect(v(level)).toBeCloseTo(expected.subbootstrap200.dest[j], 15);
    });
    expect(v('DE', true)).toBeCloseTo(expected.subbootstrap200.de_mse, 15);
    expect(rep.df).toBe(expected.subbootstrap200.degf);
    expect(replicateWeightsFromMatrix(design, subbootstrapMatrix(), { scale: 1, df: 12 }).df).toBe(12);
  });

  it('the same matrix as PSU multipliers through replicateRatios (the PSU-sum path) gives the same estimates', async () => {
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
    const { K, input, table } = shares(survey, design);
    const a = replicateRatios(table, rep, K, 1);
    const b = replicateRatiosFromWeights(
      input,
      replicateWeightsFromMatrix(design, matrix, { scale: 1 / 199 }),
    );
    expect(a.length).toBe(b.length);
    a.forEach((x, j) => {
      expect(x).toBeCloseTo(b[j]!, 14);
    });
  });

  it('rankUncertainty on its replicate shares of CA, DE, UK gives T21-ranks exactly', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateWeightsFromMatrix(design, subbootstrapMatrix(), { scale: 1 / 199 });
    const { K, input, k } = shares(survey, design);
    const thetas = replicateRatiosFromWeights(input, rep);
    const e = rCase('T21-ranks').expect;
    const levels = e['levels'] as string[];
    const three = new Float64Array(rep.R * 3);
    for (let r = 0; r < rep.R; r++)
      levels.forEach((level, j) => {
        three[r * 3 + j] = thetas[r * K + k(level)]!;
      });
    const result = rankUncertainty(three, 3);
    expect([...result.pFirst]).toEqual(e['p_first']);
    expect([...result.rankLow]).toEqual(e['rank_low']);
    expect([...result.rankHigh]).toEqual(e['rank_high']);
  });
});

describe('replicateWeightsFromMatrix rejects unusable weights with clear messages', () => {
  it('a size that is not R × n, a negative or NaN weight, bad scale, rscales, type or df', async () => {
    const { design } = await fixtureDesign('d1.csv');
    const ok = new Float64Array(3 * 16).fill(1);
    const negative = ok.slice();
    negative[16 + 4] = -2;
    const nan = ok.slice();
    nan[5] = Number.NaN;
    const cases: [Float64Array, object, RegExp][] = [
      [new Float64Array(40), { scale: 1 }, /40 values, which is not R × 16/],
      [new Float64Array(16), { scale: 1 }, /16 values, which is not R × 16 .* R ≥ 2/],
      [
        negative,
        { scale: 1 },
        /replicate weight -2 of replicate 2, respondent 5 is not a finite non-negative number/,
      ],
      [nan, { scale: 1 }, /replicate weight NaN of replicate 1, respondent 6/],
      [ok, { scale: 0 }, /invalid scale 0: expected a finite number > 0/],
      [ok, { scale: 1, rscales: [1, 1] }, /rscales has 2 values for 3 replicates/],
      [ok, { scale: 1, rscales: [1, -1, 1] }, /invalid rscales\[1\] -1/],
      [ok, { scale: 1, type: 'JK2' }, /invalid replicate type "JK2": expected one of JK1, .*, other/],
      [ok, { scale: 1, df: 1.5 }, /invalid df 1.5/],
    ];
    for (const [matrix, options, message] of cases) {
      const error = (() => {
        try {
          replicateWeightsFromMatrix(design, matrix, options as never);
        } catch (e) {
          return e;
        }
      })() as MinatError;
      expect(error).toBeInstanceOf(MinatError);
      expect(error.code).toBe('option-invalid');
      expect(error.message).toMatch(message);
    }
  });

  it('replicateRatiosFromWeights refuses an input whose rows differ from the weights', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const rep = replicateWeightsFromMatrix(design, new Float64Array(2 * 16).fill(1), { scale: 1 });
    const { input } = shares(survey, design);
    expect(() => replicateRatiosFromWeights({ ...input, group: new Int32Array(15) }, rep)).toThrow(
      /the ratio input has 15 rows and the replicate weights 16/,
    );
  });
});
