import { ratioTable, type SurveyDesign } from '@minat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { rake } from '../../../src/design/weighting/rake.ts';
import { trimWeights } from '../../../src/design/weighting/trim-weights.ts';
import { cellsOf, designOf, type Sample, sample } from './random-design.ts';

function shares(s: Sample, design: SurveyDesign) {
  const n = s.rows.length;
  const t = ratioTable(design, {
    K: 3,
    G: 2,
    numerators: {
      offsets: Int32Array.from({ length: n + 1 }, (_, i) => i),
      index: Int32Array.from(s.rows, (r) => r.y),
      value: new Float64Array(n).fill(1),
    },
    denominator: new Float64Array(n).fill(1),
    group: Int32Array.from(s.rows, (r) => r.b),
  });
  return t.cells.flatMap((c) => [c.estimate, c.variance]);
}

const close = (a: number, b: number, rel: number) =>
  (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
const sum = (w: Float64Array) => w.reduce((x, y) => x + y, 0);

function scaled(design: SurveyDesign, c: number): SurveyDesign {
  const times = (w: Float64Array) => w.map((v) => v * c);
  return {
    ...design,
    weights: times(design.weights),
    calibration: design.calibration.map((step) =>
      step.kind === 'post-stratify'
        ? { ...step, weights: step.weights && times(step.weights) }
        : { ...step, weights: step.weights?.map(times) },
    ),
  };
}

describe('calibration properties', () => {
  it('postStratify: the weights of every cell add up to its population count', () => {
    fc.assert(
      fc.property(sample, (s) => {
        const cells = cellsOf(s, 'a', s.popA);
        const ps = postStratify(designOf(s), cells, cells.population);
        for (const [level, N] of Object.entries(cells.population)) {
          const c = cells.levels.indexOf(level);
          const total = sum(ps.weights.filter((_, i) => cells.codes[i] === c));
          expect(close(total, N, 1e-12)).toBe(true);
        }
      }),
    );
  });

  it('rake: when converged, every margin is met within 1e-8·Σw', () => {
    let converged = 0;
    fc.assert(
      fc.property(sample, (s) => {
        const a = cellsOf(s, 'a', s.popA);
        const total = Object.values(a.population).reduce((x, y) => x + y, 0);
        const b = cellsOf(s, 'b', s.popB, total);
        const r = rake(designOf(s), [a, b]);
        if (!r.converged) return;
        converged++;
        const W = sum(r.design.weights);
        for (const m of [a, b]) {
          for (const [level, N] of Object.entries(m.population)) {
            const c = m.levels.indexOf(level);
            const got = sum(r.design.weights.filter((_, i) => m.codes[i] === c));
            expect(Math.abs(got - N)).toBeLessThan(1e-8 * W);
          }
        }
      }),
    );
    expect(converged).toBeGreaterThan(50);
  });

  it('trimWeights preserves the total weight, strict or not', () => {
    fc.assert(
      fc.property(
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (s, p, q, strict) => {
          const design = designOf(s);
          const sorted = [...design.weights].sort((x, y) => x - y);
          const at = (f: number) => sorted[Math.floor(f * (sorted.length - 1))]!;
          const lower = at(Math.min(p, q) * 0.5);
          const upper = Math.max(at(0.5 + Math.max(p, q) * 0.5), (1.1 * sum(design.weights)) / design.n);
          const trimmed = trimWeights(design, { lower, upper, strict });
          expect(close(sum(trimmed.weights), sum(design.weights), 1e-12)).toBe(true);
          if (strict)
            for (const w of trimmed.weights) expect(w >= lower - 1e-9 && w <= upper + 1e-9).toBe(true);
        },
      ),
    );
  });

  it('multiplying all weights by a constant leaves estimates and SEs unchanged (plain, post-stratified, raked)', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0.01, max: 100, noNaN: true }), (s, c) => {
        const design = designOf(s);
        const a = cellsOf(s, 'a', s.popA);
        const total = Object.values(a.population).reduce((x, y) => x + y, 0);
        const b = cellsOf(s, 'b', s.popB, total);
        const ps = postStratify(design, a, a.population);
        const raked = rake(design, [a, b], { rStopping: true }).design;
        for (const d of [design, ps, raked]) {
          const before = shares(s, d);
          const after = shares(s, scaled(d, c));
          before.forEach((v, j) => {
            expect(close(after[j]!, v, 1e-9)).toBe(true);
          });
        }
        // Scaling before calibrating changes nothing either: the calibrated weights are the same.
        const ps2 = postStratify(scaled(design, c), a, a.population);
        shares(s, ps2).forEach((v, j) => {
          expect(close(v, shares(s, ps)[j]!, 1e-9)).toBe(true);
        });
      }),
    );
  });
});
