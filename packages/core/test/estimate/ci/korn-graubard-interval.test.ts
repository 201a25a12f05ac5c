import { describe, expect, it } from 'vitest';
import { kornGraubardInterval } from '../../../src/estimate/ci/korn-graubard-interval.ts';
import { rCase } from '../r-fixtures.ts';
import { d1Input, t10 } from './reference.ts';

interface NchsCase {
  p: number;
  se: number;
  n: number;
  df: number;
  n_eff: number;
  n_eff_df: number;
  ci_low: number;
  ci_high: number;
}

describe('kornGraubardInterval', () => {
  it('kornGraubardInterval(D1, n 16, df 5) is svyciprop(method="beta") with n_eff 68.299 and n* 46.957 (T10)', () => {
    const { estimate, variance } = d1Input();
    const r = kornGraubardInterval({ estimate, variance, n: 16, df: 5, level: 0.95 });
    expect(r.low).toBeCloseTo(t10().beta![0], 9);
    expect(r.high).toBeCloseTo(t10().beta![1], 9);
    expect(r.nEff).toBeCloseTo(68.299, 3);
    expect(r.nStar).toBeCloseTo(46.957, 3);
    expect(r.flags).toEqual([]);
  });

  it('kornGraubardInterval(..., capAtN: true) reproduces the NCHS worked cases (T24): n_eff, n_eff,df, CI', () => {
    const cases = rCase('T24-nchs').expect as unknown as NchsCase[];
    expect(cases).toHaveLength(7);
    for (const c of cases) {
      const r = kornGraubardInterval({
        estimate: c.p,
        variance: c.se * c.se,
        n: c.n,
        df: c.df,
        level: 0.95,
        capAtN: true,
      });
      expect(r.nEff).toBeCloseTo(c.n_eff, 9);
      expect(r.nStar).toBeCloseTo(c.n_eff_df, 9);
      expect(r.low).toBeCloseTo(c.ci_low, 9);
      expect(r.high).toBeCloseTo(c.ci_high, 9);
      expect(r.flags).toEqual(c.p === 0 ? ['boundary'] : []);
    }
  });

  it('kornGraubardInterval(p 0.1, SE 0.02, n 400, dfAdjust: false) is Clopper–Pearson on n_eff = 225 (NHIS)', () => {
    const r = kornGraubardInterval({
      estimate: 0.1,
      variance: 0.0004,
      n: 400,
      df: 30,
      level: 0.95,
      dfAdjust: false,
    });
    expect(r.nEff).toBeCloseTo(225, 9);
    expect(r.nStar).toBeCloseTo(225, 9);
    // R: qbeta(.025, 22.5, 203.5), qbeta(.975, 23.5, 202.5)
    expect(r.low).toBeCloseTo(0.0641007744456672, 9);
    expect(r.high).toBeCloseTo(0.146863155379809, 9);
  });

  it('kornGraubardInterval(df 0) is [0, 1] flagged df-zero', () => {
    const r = kornGraubardInterval({ estimate: 0.3, variance: 0.01, n: 20, df: 0, level: 0.95 });
    expect([r.low, r.high, r.flags]).toEqual([0, 1, ['df-zero']]);
  });
});
