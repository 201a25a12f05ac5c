import { MinatError, type SurveyDesign } from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationOperator } from '../../../src/design/weighting/calibration-operator.ts';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { rake } from '../../../src/design/weighting/rake.ts';
import { residualizeScores } from '../../../src/design/weighting/residualize-scores.ts';
import { trimWeights } from '../../../src/design/weighting/trim-weights.ts';
import { cellsOf, designOf, sample } from './random-design.ts';

/** residualizeScores on full-length scores, then summed to PSUs: the definition the operator must match. */
function byRows(design: SurveyDesign, rows: number[], x: number[], K: number) {
  const z = new Float64Array(design.n * K);
  rows.forEach((i, j) => {
    for (let k = 0; k < K; k++) z[i * K + k] = x[j * K + k]!;
  });
  const r = residualizeScores(design, z, K);
  const out = new Float64Array(design.psuStratum.length * K);
  for (let i = 0; i < design.n; i++)
    for (let k = 0; k < K; k++) out[design.psu[i]! * K + k]! += r[i * K + k]!;
  return out;
}

describe('calibrationOperator', () => {
  it('psuTotals equals residualizeScores summed to PSUs, for chains of post-stratification, raking and trimming', () => {
    fc.assert(
      fc.property(
        sample,
        fc.record({ post: fc.boolean(), trim: fc.boolean(), zero: fc.boolean(), loose: fc.boolean() }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 200, maxLength: 200 }),
        (s, chain, values) => {
          let design = designOf(s);
          if (chain.zero)
            design = { ...design, weights: design.weights.map((w, i) => (i % 4 === 1 ? 0 : w)) };
          const a = cellsOf(s, 'a', s.popA);
          const total = Object.values(a.population).reduce((x, y) => x + y, 0);
          const b = cellsOf(s, 'b', s.popB, total);
          try {
            if (chain.post) design = postStratify(design, a, a.population);
            const raked = rake(design, [a, b], chain.loose ? { rStopping: true } : {});
            // Margins that cannot be met drive weights towards 0 and u = z/w to overflow: no valid calibration.
            fc.pre(raked.converged);
            design = raked.design;
          } catch (e) {
            // A cell whose rows all have weight 0 cannot be calibrated: not this property's concern.
            fc.pre(!(e instanceof MinatError));
            throw e;
          }
          if (chain.trim) {
            const sorted = [...design.weights].sort((x, y) => x - y);
            design = trimWeights(design, { lower: sorted[Math.floor(sorted.length / 3)]! });
          }
          const rows = [...Array(design.n).keys()].filter((i) => i % 3 !== 0);
          const K = 2;
          const x = rows.flatMap((_, j) => [values[(2 * j) % 200]!, values[(2 * j + 1) % 200]!]);
          const fast = calibrationOperator(design).psuTotals(Int32Array.from(rows), Float64Array.from(x), K);
          const slow = byRows(design, rows, x, K);
          const scale = 1 + Math.max(...slow.map(Math.abs));
          slow.forEach((v, j) => {
            expect(Math.abs(fast[j]! - v)).toBeLessThan(1e-9 * scale);
          });
        },
      ),
    );
  });

  it('without calibration psuTotals just sums the scores to PSUs', async () => {
    const design = designOf({
      strata: [[2, 1]],
      rows: [1, 2, 3].map((w) => ({ w, a: 0, b: 0, y: 0 })),
      popA: [],
      popB: [],
    });
    const out = calibrationOperator(design).psuTotals(Int32Array.of(0, 1, 2), Float64Array.of(1, 2, 4), 1);
    expect([...out]).toEqual([3, 4]);
  });
});
