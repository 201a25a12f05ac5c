import { describe, expect, it } from 'vitest';
import { normalizeReliability } from '../../../src/analyse/reliability/normalize-reliability.ts';
import { MinatError } from '../../../src/errors/minat-error.ts';

const thrown = (f: () => unknown): MinatError => {
  try {
    f();
  } catch (e) {
    if (e instanceof MinatError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('normalizeReliability', () => {
  it('normalizeReliability() is NCHS with its defaults', () => {
    expect(normalizeReliability()).toEqual({
      standard: 'nchs',
      thresholds: {
        minNEff: 30,
        maxCiw: 0.3,
        narrowCiw: 0.05,
        maxRciw: 1.3,
        minDf: 8,
        zeroRule: 'review',
        dfAdjust: true,
      },
    });
  });

  it("normalizeReliability(' BPS ', { maxCaution: '0.4' }) reads the name and a numeric string", () => {
    expect(normalizeReliability(' BPS ', { maxCaution: '0.4' })).toEqual({
      standard: 'bps',
      thresholds: { maxUsable: 0.25, maxCaution: 0.4, minDf: 8 },
    });
  });

  it("normalizeReliability('nchs', { zeroRule: 'Suppress', dfAdjust: 'false' }) reads choices and booleans", () => {
    expect(
      normalizeReliability('nchs', { zeroRule: 'Suppress', dfAdjust: 'false' }).thresholds,
    ).toMatchObject({
      zeroRule: 'suppress',
      dfAdjust: false,
    });
  });

  it("normalizeReliability('cdc') throws option-invalid naming the value and nchs, bps, min-n", () => {
    const e = thrown(() => normalizeReliability('cdc'));
    expect(e.code).toBe('option-invalid');
    expect(e.message).toBe('invalid reliability "cdc": expected one of nchs, bps, min-n');
    expect([e.value, e.expected]).toEqual(['cdc', 'nchs, bps, min-n']);
  });

  it('normalizeReliability throws for an unknown threshold, naming the allowed ones', () => {
    const e = thrown(() => normalizeReliability('min-n', { minNeff: 20 }));
    expect(e.message).toBe('invalid min-n threshold "minNeff": expected one of minN, minDf');
  });

  it('normalizeReliability throws for bad threshold values, saying what was expected', () => {
    expect(thrown(() => normalizeReliability('min-n', { minN: 2.5 })).message).toBe(
      'invalid min-n threshold minN 2.5: expected an integer ≥ 0',
    );
    expect(thrown(() => normalizeReliability('nchs', { maxCiw: 'wide' })).message).toBe(
      'invalid nchs threshold maxCiw "wide": expected a number ≥ 0 and ≤ 1',
    );
    expect(thrown(() => normalizeReliability('nchs', { zeroRule: 'drop' })).expected).toBe(
      'one of review, suppress',
    );
    expect(thrown(() => normalizeReliability('nchs', { dfAdjust: 1 })).expected).toBe('true or false');
    expect(thrown(() => normalizeReliability('bps', { minDf: -1 })).value).toBe('-1');
  });

  it('normalizeReliability throws when thresholds contradict each other (maxUsable above maxCaution)', () => {
    const e = thrown(() => normalizeReliability('bps', { maxUsable: 0.6 }));
    expect(e.message).toBe(
      'invalid bps thresholds: maxUsable 0.6 is above maxCaution 0.5; expected maxUsable ≤ maxCaution',
    );
    expect(e.expected).toBe('maxUsable ≤ maxCaution');
    expect(thrown(() => normalizeReliability('nchs', { narrowCiw: 0.4 })).expected).toBe(
      'narrowCiw ≤ maxCiw',
    );
  });
});
