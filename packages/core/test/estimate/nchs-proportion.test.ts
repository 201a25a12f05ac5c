import { nchsProportion } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { rCase } from './r-fixtures.ts';

describe('nchsProportion', () => {
  type Row = {
    p: number;
    se: number;
    n: number;
    df: number;
    n_eff: number;
    n_eff_df: number;
    ci_low: number;
    ci_high: number;
    ciw: number;
    suppress: boolean;
    review: boolean;
    complement_footnote: boolean;
  };
  const cases = rCase('T24-nchs').expect as unknown as Row[];
  for (const c of cases) {
    it(`p = ${c.p}, se = ${c.se}, n = ${c.n}, df = ${c.df}: suppress ${c.suppress}, review ${c.review}, footnote ${c.complement_footnote}`, () => {
      const r = nchsProportion({ estimate: c.p, se: c.se, n: c.n, df: c.df });
      expect(r.nEff).toBeCloseTo(c.n_eff, 9);
      expect(r.nEffDf).toBeCloseTo(c.n_eff_df, 9);
      expect(r.ciLow).toBeCloseTo(c.ci_low, 9);
      expect(r.ciHigh).toBeCloseTo(c.ci_high, 9);
      expect(r.ciw).toBeCloseTo(c.ciw, 9);
      expect([r.suppress, r.review, r.complementFootnote]).toEqual([
        c.suppress,
        c.review,
        c.complement_footnote,
      ]);
    });
  }

  it('p = 0 with CIW > 0.05 goes to review by default (SAS macro) and is suppressed with zeroRule suppress (surveytable)', () => {
    expect(nchsProportion({ estimate: 0, se: 0, n: 50, df: 10 })).toMatchObject({
      suppress: false,
      review: true,
    });
    expect(nchsProportion({ estimate: 0, se: 0, n: 50, df: 10 }, { zeroRule: 'suppress' })).toMatchObject({
      suppress: true,
      reason: 'rciw',
    });
  });

  it('names the reason: n-eff below 30, CIW at least 0.30, RCIW above 130%', () => {
    expect(nchsProportion({ estimate: 0.4222, se: 0.0598, n: 16, df: 5 }).reason).toBe('n-eff');
    expect(nchsProportion({ estimate: 0.5, se: 0.08, n: 60, df: 12 }).reason).toBe('ciw');
    expect(nchsProportion({ estimate: 0.03, se: 0.012, n: 250, df: 20 }).reason).toBe('rciw');
  });
});
