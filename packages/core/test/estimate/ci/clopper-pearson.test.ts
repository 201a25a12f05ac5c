import { describe, expect, it } from 'vitest';
import { clopperPearson } from '../../../src/estimate/ci/clopper-pearson.ts';
import { t22 } from './reference.ts';

describe('clopperPearson', () => {
  it('clopperPearson(7, 16, 0.95) equals binom.test (T22) to 1e-9', () => {
    const r = clopperPearson(7, 16, 0.95);
    expect(r.low).toBeCloseTo(t22().cp_7_16![0], 9);
    expect(r.high).toBeCloseTo(t22().cp_7_16![1], 9);
  });

  it('clopperPearson(0, 16, 0.95) is [0, 1 − 0.025^(1/16)] (T22)', () => {
    const r = clopperPearson(0, 16, 0.95);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(t22().cp_0_16![1], 12);
  });

  it('clopperPearson(16, 16, 0.95) is [0.025^(1/16), 1] (T22)', () => {
    const r = clopperPearson(16, 16, 0.95);
    expect(r.low).toBeCloseTo(t22().cp_16_16![0], 12);
    expect(r.high).toBe(1);
  });

  it('clopperPearson(19.826, 46.957, 0.95) accepts non-integer counts (Korn–Graubard on D1, T10 beta)', () => {
    const nStar = 46.95744489629142;
    const r = clopperPearson(0.422222222222222 * nStar, nStar, 0.95);
    expect(r.low).toBeCloseTo(0.279561057733948, 9);
    expect(r.high).toBeCloseTo(0.575056401571414, 9);
  });

  it('clopperPearson(x, 0, 0.95) has NaN bounds', () => {
    const r = clopperPearson(0, 0, 0.95);
    expect(r.low).toBeNaN();
    expect(r.high).toBeNaN();
  });
});
