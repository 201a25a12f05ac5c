import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessNchs } from '../../../src/analyse/reliability/assess-nchs.ts';
import { reliabilityStandards } from '../../../src/analyse/reliability/reliability-standards.ts';
import type { NchsThresholds } from '../../../src/analyse/reliability/reliability-types.ts';
import { nchsProportion } from '../../../src/estimate/reliability/nchs-proportion.ts';

/**
 * The NCHS flow of methods.md §9.1 with the interval always computed (nchsProportion): the reference
 * assessNchs must agree with, also where it decides a narrow interval without computing it.
 */
function reference(
  row: { estimate: number; se: number; n_unweighted: number; df: number },
  t: NchsThresholds,
) {
  const p = row.estimate;
  const r = nchsProportion(
    { estimate: p, se: row.se, n: row.n_unweighted, df: row.df },
    { dfAdjust: t.dfAdjust },
  );
  const dfLow = row.df < t.minDf;
  let reason: string | undefined;
  if (r.nEff < t.minNEff) reason = 'n-eff';
  else if (r.ciw >= t.maxCiw) reason = 'ciw';
  else if (r.ciw > t.narrowCiw) {
    if (r.rciw === null) reason = t.zeroRule === 'suppress' ? 'rciw-undefined' : undefined;
    else if (r.rciw > t.maxRciw) reason = 'rciw';
  }
  if (reason !== undefined) return { level: 'unreliable', reasons: dfLow ? [reason, 'df-low'] : [reason] };
  const reasons: string[] = [];
  if (dfLow) reasons.push('df-low');
  if (p <= 0 || p >= 1) reasons.push('boundary');
  if (r.ciw > t.narrowCiw && p < 1 && r.ciw / (1 - p) > t.maxRciw) reasons.push('complement-footnote');
  return { level: dfLow || p <= 0 || p >= 1 ? 'review' : 'ok', reasons };
}

const defaults = reliabilityStandards.nchs.defaults;
const row = fc.record({
  estimate: fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true }),
  se: fc.double({ min: 1e-4, max: 0.2, noNaN: true }),
  n_unweighted: fc.integer({ min: 1, max: 60_000 }),
  df: fc.integer({ min: 1, max: 500 }),
});

describe('assessNchs', () => {
  it('gives what the full NCHS flow gives, for rows of every size (default thresholds)', () => {
    fc.assert(
      fc.property(row, (r) => {
        expect(assessNchs(r, defaults)).toEqual(reference(r, defaults));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('gives what the full flow gives with other thresholds, a narrow width above the maximum included', () => {
    const thresholds = fc.record({
      minNEff: fc.constantFrom(0, 10, 30, 100),
      maxCiw: fc.constantFrom(0.02, 0.1, 0.3),
      narrowCiw: fc.constantFrom(0.01, 0.05, 0.2),
      maxRciw: fc.constantFrom(0.5, 1.3),
      minDf: fc.constantFrom(0, 8, 30),
      zeroRule: fc.constantFrom('review' as const, 'suppress' as const),
      dfAdjust: fc.boolean(),
    });
    fc.assert(
      fc.property(row, thresholds, (r, t) => {
        expect(assessNchs(r, t)).toEqual(reference(r, t));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('decides the cells of a large survey: narrow, ok (a 1,000-respondent province cell of 10%)', () => {
    // n = 1000, p = 0.1, SE = 0.0095 (deff 1): n_eff 997, interval width ≈ 0.039 < 0.05.
    expect(assessNchs({ estimate: 0.1, se: 0.0095, n_unweighted: 1000, df: 60 }, defaults)).toEqual({
      level: 'ok',
      reasons: [],
    });
    expect(assessNchs({ estimate: 0.1, se: 0.0095, n_unweighted: 1000, df: 5 }, defaults)).toEqual({
      level: 'review',
      reasons: ['df-low'],
    });
  });
});
