import { describe, expect, it } from 'vitest';
import { MinatError } from '../../../src/errors/minat-error.ts';
import { normalizeCiMethod } from '../../../src/estimate/ci/normalize-ci-method.ts';

describe('normalizeCiMethod', () => {
  it("normalizeCiMethod(' Beta ') returns 'beta'; 'clopper-pearson' is accepted", () => {
    expect(normalizeCiMethod(' Beta ')).toBe('beta');
    expect(normalizeCiMethod('clopper-pearson')).toBe('clopper-pearson');
  });

  it("normalizeCiMethod('wald2') throws option-invalid naming the value and every allowed method", () => {
    const expected = 'logit, likelihood, asin, beta, mean, xlogit, wilson, clopper-pearson';
    let error: unknown;
    try {
      normalizeCiMethod('wald2');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MinatError);
    expect(error).toMatchObject({
      code: 'option-invalid',
      message: `invalid ci "wald2": expected one of ${expected}`,
      value: 'wald2',
      expected,
    });
  });

  it("normalizeCiMethod('toString') does not accept inherited property names", () => {
    expect(() => normalizeCiMethod('toString')).toThrow('invalid ci "toString"');
  });
});
