import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { postStratify } from '../../../src/design/weighting/post-stratify.ts';
import { trimWeights } from '../../../src/design/weighting/trim-weights.ts';
import { rCase } from '../../estimate/r-fixtures.ts';
import { d1, deShare, expectWeights, extraCase } from './calibration-fixtures.ts';

const sum = (w: Float64Array) => w.reduce((a, b) => a + b, 0);

describe('trimWeights', () => {
  it('T18: (lower 9, upper 30) raises 8 to 9, cuts 35 and 32 to 30, adds 6/13 to the rest; R’s mean and SE', async () => {
    const { survey, design } = await d1();
    const trimmed = trimWeights(design, { lower: 9, upper: 30 });
    const e = rCase('T18').expect['trim'];
    expectWeights(trimmed.weights, e['weights'] as number[], 10);
    // The 30 of id 13 sat at the bound, so it counts as unflagged and ends past it.
    expect(trimmed.weights[12]).toBeCloseTo(30 + 6 / 13, 12);
    expect(sum(trimmed.weights)).toBeCloseTo(sum(design.weights), 10);
    const { estimate, se } = deShare(survey, trimmed);
    expect(estimate).toBeCloseTo(e['estimate'], 12);
    expect(se).toBeCloseTo(e['se'], 12);
    expect(design.weights[2]).toBe(8);
  });

  it('T18 strict (upper 25) repeats until none is above: ids 10 and 13–16 end at exactly 25', async () => {
    const { design } = await d1();
    const trimmed = trimWeights(design, { upper: 25, strict: true });
    expectWeights(trimmed.weights, rCase('T18').expect['strict']['weights'] as number[], 10);
    for (const i of [9, 12, 13, 14, 15]) expect(trimmed.weights[i]).toBe(25);
    expect(Math.max(...trimmed.weights)).toBeLessThanOrEqual(25);
    const once = trimWeights(design, { upper: 25 });
    expect(Math.max(...once.weights)).toBeGreaterThan(25);
  });

  it('after postStratify keeps the calibration record; the SE residualises with the post-stratified weights, as R', async () => {
    const { survey, design, sex, sexPop } = await d1();
    const trimmed = trimWeights(postStratify(design, sex, sexPop), { upper: 40 });
    expect(trimmed.calibration.map((s) => s.kind)).toEqual(['post-stratify']);
    const e = extraCase('PS-sex-trim40');
    expectWeights(trimmed.weights, e.nums('weights'), 10);
    const { estimate, se } = deShare(survey, trimmed);
    expect(estimate).toBeCloseTo(e.num('estimate'), 12);
    expect(se).toBeCloseTo(e.num('se'), 12);
  });

  it('no bound or nothing outside: the weights come back unchanged', async () => {
    const { design } = await d1();
    expect(trimWeights(design).weights).toEqual(design.weights);
    expect(trimWeights(design, { lower: 1, upper: 100 }).weights).toEqual(design.weights);
  });

  it.each([
    [{ lower: 30, upper: 9 }, 'option-invalid', /lower 30 is above upper 9/],
    [{ upper: Number.NaN }, 'option-invalid', /invalid upper null: expected a number/],
    [{ upper: '30' }, 'option-invalid', /invalid upper "30"/],
    [{ strict: 1 }, 'option-invalid', /invalid strict 1/],
    [{ lower: 40, upper: 50 }, 'calibration-invalid', /every weight is outside \[40, 50\]/],
    [
      { upper: 19, strict: true },
      'calibration-invalid',
      /total weight 315 cannot be kept with all 16 weights within/,
    ],
  ])('throws for %o', async (options, code, message) => {
    const { design } = await d1();
    let error: unknown;
    try {
      trimWeights(design, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MinatError);
    expect((error as MinatError).code).toBe(code);
    expect((error as MinatError).message).toMatch(message);
  });
});
