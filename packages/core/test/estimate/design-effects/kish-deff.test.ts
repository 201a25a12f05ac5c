import { describe, expect, it } from 'vitest';
import { MinatError } from '../../../src/errors/minat-error.ts';
import { kishDeff } from '../../../src/estimate/design-effects/kish-deff.ts';
import { kishN } from '../../../src/estimate/design-effects/kish-n.ts';
import { fixtureDesign, rCase } from '../r-fixtures.ts';

describe('kishDeff and kishN', () => {
  it('T15: Kish deff 1.17760644999 and n_Kish 13.5868821 on the d1 weights', async () => {
    const { design } = await fixtureDesign('d1.csv');
    const e = rCase('T15').expect;
    expect(kishDeff(design.weights)).toBeCloseTo(e['kish_deff'], 9);
    expect(kishN(design.weights)).toBeCloseTo(e['kish_n'], 9);
  });

  it('by hand: weights 1, 1, 2, 4 give 4·22/64 and 64/22; equal weights give 1 and n', () => {
    expect(kishDeff([1, 1, 2, 4])).toBeCloseTo(1.375, 15);
    expect(kishN([1, 1, 2, 4])).toBeCloseTo(64 / 22, 15);
    expect(kishDeff(new Float64Array(7).fill(3))).toBeCloseTo(1, 15);
    expect(kishN(new Float64Array(7).fill(3))).toBeCloseTo(7, 15);
  });

  it('zero weights and rows outside the mask do not count; none left gives null', () => {
    expect(kishDeff([1, 0, 2, 4, 9], [1, 1, 1, 1, 0])).toBeCloseTo((3 * 21) / 49, 15);
    expect(kishN([1, 0, 2, 4, 9], [true, true, true, true, false])).toBeCloseTo(49 / 21, 15);
    expect(kishDeff([0, 0])).toBeNull();
    expect(kishN([5, 6], [0, 0])).toBeNull();
  });

  it('a mask of the wrong length throws option-invalid', () => {
    expect(() => kishDeff([1, 2], [1])).toThrow(MinatError);
    expect(() => kishN([1, 2], [1])).toThrow('invalid mask: 1 entries for 2 weights');
  });
});
