import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyReliability } from '../../../src/analyse/reliability/apply-reliability.ts';
import { reliabilityStandards } from '../../../src/analyse/reliability/reliability-standards.ts';
import { nchsProportion } from '../../../src/estimate/reliability/nchs-proportion.ts';
import { makeRow } from './make-row.ts';

type T24 = {
  p: number;
  se: number;
  n: number;
  df: number;
  suppress: boolean;
  review: boolean;
  complement_footnote: boolean;
};
const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/r-reference/expected.json', import.meta.url), 'utf8'),
) as { cases: { id: string; expect: unknown }[] };
const t24 = expected.cases.find((c) => c.id === 'T24-nchs')!.expect as T24[];
const rowOf = (c: T24, flags: string[] = []) =>
  makeRow({ estimate: c.p, se: c.se, n_unweighted: c.n, df: c.df, flags });

describe('applyReliability', () => {
  it("applyReliability(T24 rows, 'nchs') gives the flags of methods.md §9.1's worked cases", () => {
    const flags = applyReliability(t24.map((c) => rowOf(c))).map((r) => r.flags);
    expect(flags).toEqual([
      [], // 0.10, present
      ['unreliable:nchs'], // 0.03, RCIW 187.6%
      ['unreliable:nchs'], // 0.50, CIW ≥ 0.30
      ['review', 'df-low'], // 0.20, df 5
      ['review'], // 0, SAS rule
      ['complement-footnote'], // 0.95
      ['unreliable:nchs', 'df-low'], // D1, n_eff 16
    ]);
  });

  it('applyReliability(T24 rows) agrees with the fixture outcomes (suppress, review, complement footnote)', () => {
    const rows = applyReliability(
      t24.map((c) => rowOf(c)),
      'nchs',
    );
    rows.forEach((r, i) => {
      const c = t24[i]!;
      expect(r.flags.includes('unreliable:nchs'), `case ${i}`).toBe(c.suppress);
      expect(r.flags.includes('review'), `case ${i}`).toBe(c.review);
      expect(r.flags.includes('complement-footnote'), `case ${i}`).toBe(c.complement_footnote);
    });
  });

  it("applyReliability(p̂ = 0 row, 'nchs', { zeroRule: 'suppress' }) flags it unreliable as surveytable does", () => {
    const zero = makeRow({ estimate: 0, se: 0, n_unweighted: 50, df: 10 });
    expect(applyReliability([zero], 'nchs', { zeroRule: 'suppress' })[0]!.flags).toEqual(['unreliable:nchs']);
  });

  it("applyReliability(rows, 'nchs', { minDf: 4 }) no longer reviews df 5; { minNEff: 10 } still drops D1 by CIW", () => {
    expect(applyReliability([rowOf(t24[3]!)], 'nchs', { minDf: 4 })[0]!.flags).toEqual([]);
    expect(applyReliability([rowOf(t24[6]!)], 'nchs', { minNEff: 10 })[0]!.flags).toEqual([
      'unreliable:nchs',
      'df-low',
    ]);
  });

  it("applyReliability(rows, 'bps') flags caution:bps and unreliable:bps by the RSE", () => {
    const rows = [
      makeRow({ estimate: 0.5, se: 0.125 }),
      makeRow({ estimate: 0.5, se: 0.2 }),
      makeRow({ estimate: 0.1, se: 0.06, df: 3 }),
      makeRow({ estimate: 0, se: 0 }),
    ];
    expect(applyReliability(rows, 'bps').map((r) => r.flags)).toEqual([
      [],
      ['caution:bps'],
      ['unreliable:bps', 'df-low'],
      ['review'],
    ]);
  });

  it("applyReliability(rows, 'min-n', { minN: 50 }) flags bases under 50 unreliable:min-n", () => {
    const rows = [makeRow({ n_unweighted: 49 }), makeRow({ n_unweighted: 50 })];
    expect(applyReliability(rows, 'min-n', { minN: 50 }).map((r) => r.flags)).toEqual([
      ['unreliable:min-n'],
      [],
    ]);
  });

  it('applyReliability twice gives the same rows, and a second standard replaces the first one’s flags', () => {
    const rows = t24.map((c) => rowOf(c, ['boundary', 'lonely-psu:adjust']));
    const once = applyReliability(rows, 'nchs');
    expect(applyReliability(once, 'nchs')).toEqual(once);
    const bps = applyReliability(once, 'bps');
    expect(bps).toEqual(applyReliability(rows, 'bps'));
    expect(bps.flatMap((r) => r.flags).some((f) => f.endsWith(':nchs') || f === 'complement-footnote')).toBe(
      false,
    );
    expect(bps.every((r) => r.flags[0] === 'boundary' && r.flags[1] === 'lonely-psu:adjust')).toBe(true);
  });

  it('applyReliability leaves numbers and the input rows unchanged', () => {
    const rows = t24.map((c) => rowOf(c));
    const copy = structuredClone(rows);
    const out = applyReliability(rows, 'nchs');
    expect(rows).toEqual(copy);
    out.forEach((r, i) => {
      expect({ ...r, flags: [] }).toEqual({ ...rows[i], flags: [] });
    });
  });

  it('applyReliability gives no reliability flags to a row without an estimate (empty or suppressed)', () => {
    const empty = makeRow({ estimate: null, se: null, n_unweighted: 0, df: 0, flags: ['empty'] });
    for (const standard of ['nchs', 'bps', 'min-n']) {
      expect(applyReliability([empty], standard)[0]!.flags).toEqual(['empty']);
    }
  });

  it("applyReliability(rows, 'nchs') with default thresholds agrees with nchsProportion (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 60 }),
        (p, se, n, df) => {
          const r = nchsProportion({ estimate: p, se, n, df });
          const flags = applyReliability([makeRow({ estimate: p, se, n_unweighted: n, df })])[0]!.flags;
          expect(flags.includes('unreliable:nchs')).toBe(r.suppress);
          expect(flags.includes('review')).toBe(r.review);
          expect(flags.includes('complement-footnote')).toBe(r.complementFootnote);
          expect(flags.includes('df-low')).toBe(df < 8);
        },
      ),
    );
  });

  it('applyReliability(p̂ = SE = 5e-324, n = 30) agrees with nchsProportion: a subnormal count is not decided early', () => {
    // Found by the property above: with an effective count of 1.5e-322 the full flow's lower limit is
    // NaN (stdlib's quantile of a subnormal beta shape); the early decisions must not differ from it,
    // so they leave such counts to the full flow.
    const r = nchsProportion({ estimate: 5e-324, se: 5e-324, n: 30, df: 0 });
    const flags = applyReliability([makeRow({ estimate: 5e-324, se: 5e-324, n_unweighted: 30, df: 0 })])[0]!
      .flags;
    expect(flags.includes('unreliable:nchs')).toBe(r.suppress);
    expect(flags.includes('review')).toBe(r.review);
    expect(flags).toEqual(['review', 'df-low']);
  });

  it("applyReliability(rows, 'wald') throws option-invalid naming the allowed standards", () => {
    expect(() => applyReliability([makeRow()], 'wald')).toThrow(
      'invalid reliability "wald": expected one of nchs, bps, min-n',
    );
  });
  it('applyReliability(rows it returned) assesses each row once per standard and thresholds, and again when its inputs changed', () => {
    const nchs = reliabilityStandards.nchs;
    const spy = vi.spyOn(nchs, 'assess');
    try {
      const first = applyReliability(t24.map((c) => rowOf(c)));
      expect(spy).toHaveBeenCalledTimes(t24.length);
      // The same standard and thresholds (defaults, spelt out or not): the same flags, no new assessment.
      const again = applyReliability(first, 'nchs', { ...nchs.defaults });
      expect(spy).toHaveBeenCalledTimes(t24.length);
      expect(again.map((r) => r.flags)).toEqual(first.map((r) => r.flags));
      expect(again[0]).not.toBe(first[0]);
      // Other thresholds: every row assessed, and the flags those thresholds give.
      const strict = applyReliability(first, 'nchs', { maxCiw: 0.1 });
      expect(spy).toHaveBeenCalledTimes(2 * t24.length);
      const fresh = applyReliability(
        t24.map((c) => rowOf(c)),
        'nchs',
        { maxCiw: 0.1 },
      );
      expect(strict.map((r) => r.flags)).toEqual(fresh.map((r) => r.flags));
      expect(spy).toHaveBeenCalledTimes(3 * t24.length);
      // A returned row changed in place by its caller (a wider SE) is assessed again, the others not.
      const edited = applyReliability(t24.map((c) => rowOf(c)));
      edited[0]!.se = 0.2;
      const redone = applyReliability(edited);
      expect(spy).toHaveBeenCalledTimes(4 * t24.length + 1);
      expect(redone[0]!.flags).toEqual(['unreliable:nchs']);
      expect(redone.slice(1).map((r) => r.flags)).toEqual(first.slice(1).map((r) => r.flags));
    } finally {
      spy.mockRestore();
    }
  });
});
