import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from '../../../src/analyse/reliability/suppress-small-cells.ts';
import type { EstimateRow } from '../../../src/estimate/estimate-row.ts';
import { makeRow } from './make-row.ts';

const cell = (count: number, n: number, flags: string[] = []) =>
  makeRow({ count_unweighted: count, n_unweighted: n, estimate: n > 0 ? count / n : null, flags });
const flagsOf = (rows: { flags: string[] }[]) => rows.map((r) => r.flags);

describe('suppressSmallCells', () => {
  it('suppressSmallCells: numerator 4 is suppressed, 5 is kept (default 5)', () => {
    expect(flagsOf(suppressSmallCells([cell(4, 100), cell(5, 100)]))).toEqual([['suppressed:numerator'], []]);
  });

  it('suppressSmallCells: denominator 29 is suppressed, 30 is kept (default 30)', () => {
    expect(flagsOf(suppressSmallCells([cell(10, 29), cell(10, 30)]))).toEqual([
      ['suppressed:denominator'],
      [],
    ]);
  });

  it('suppressSmallCells: complements 1 to 4 are suppressed, 5 is kept', () => {
    const rows = [96, 97, 98, 99, 95].map((c) => cell(c, 100));
    expect(flagsOf(suppressSmallCells(rows))).toEqual([
      ['suppressed:complement'],
      ['suppressed:complement'],
      ['suppressed:complement'],
      ['suppressed:complement'],
      [],
    ]);
  });

  it("suppressSmallCells keeps numerator 0 and complement 0 (0% and 100%), and suppresses them with zeros: 'suppress'", () => {
    const rows = [cell(0, 100), cell(100, 100)];
    expect(flagsOf(suppressSmallCells(rows))).toEqual([[], []]);
    expect(flagsOf(suppressSmallCells(rows, { zeros: 'suppress' }))).toEqual([
      ['suppressed:numerator'],
      ['suppressed:complement'],
    ]);
  });

  it('suppressSmallCells names every reason that applies: 2 of 20 is denominator and numerator', () => {
    expect(suppressSmallCells([cell(2, 20)])[0]!.flags).toEqual([
      'suppressed:denominator',
      'suppressed:numerator',
    ]);
  });

  it('suppressSmallCells honours custom thresholds { numerator: 3, denominator: 50 }', () => {
    const rows = [cell(3, 60), cell(2, 60), cell(58, 60), cell(10, 49)];
    expect(flagsOf(suppressSmallCells(rows, { numerator: 3, denominator: 50 }))).toEqual([
      [],
      ['suppressed:numerator'],
      ['suppressed:complement'],
      ['suppressed:denominator'],
    ]);
  });

  it('a suppressed cell has null estimate, se, interval, cv, deff, n_eff and count — never 0 — and keeps its base', () => {
    const input = makeRow({ estimate: 0.04, count_unweighted: 4, n_unweighted: 100, n_weighted: 5012.25 });
    const [out] = suppressSmallCells([input]);
    expect(out).toEqual({
      ...input,
      estimate: null,
      se: null,
      ci_low: null,
      ci_high: null,
      cv: null,
      deff: null,
      n_eff: null,
      count_unweighted: null,
      flags: ['suppressed:numerator'],
    });
    expect(out!.n_unweighted).toBe(100);
    expect(out!.n_weighted).toBe(5012.25);
  });

  it('suppressSmallCells(rows, { nullColumns: [diff_next] }) also nulls a ranking column', () => {
    const row = { ...cell(3, 100), rank: 5, diff_next: 0.01 };
    const [out] = suppressSmallCells([row], { nullColumns: ['diff_next'] });
    expect([out!.rank, out!.diff_next, out!.estimate]).toEqual([5, null, null]);
  });

  it('suppressSmallCells keeps other flags and is idempotent; the input rows are not modified', () => {
    const rows = [cell(3, 100, ['boundary']), cell(50, 100, ['review']), cell(10, 25)];
    const copy = structuredClone(rows);
    const once = suppressSmallCells(rows);
    expect(rows).toEqual(copy);
    expect(flagsOf(once)).toEqual([
      ['boundary', 'suppressed:numerator'],
      ['review'],
      ['suppressed:denominator'],
    ]);
    expect(suppressSmallCells(once)).toEqual(once);
  });

  it('suppressSmallCells throws option-invalid for a negative or fractional threshold or unknown zeros', () => {
    expect(() => suppressSmallCells([cell(1, 2)], { numerator: -1 })).toThrow(
      'invalid suppression numerator -1: expected a whole number ≥ 0',
    );
    expect(() => suppressSmallCells([cell(1, 2)], { denominator: 2.5 })).toThrow(
      'invalid suppression denominator 2.5: expected a whole number ≥ 0',
    );
    expect(() => suppressSmallCells([cell(1, 2)], { zeros: 'drop' as never })).toThrow(
      'invalid suppression zeros "drop": expected one of keep, suppress',
    );
  });

  it('suppressSmallCells never changes a kept row and never leaves a number in a suppressed row (property)', () => {
    const rowArb = fc
      .record({
        n: fc.integer({ min: 0, max: 80 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        se: fc.double({ min: 0, max: 0.3, noNaN: true }),
        flags: fc.subarray(['boundary', 'review', 'df-low', 'lonely-psu:adjust']),
      })
      .map(({ n, share, se, flags }): EstimateRow => {
        const count = Math.round(share * n);
        const p = n > 0 ? count / n : null;
        return makeRow({
          n_unweighted: n,
          count_unweighted: count,
          estimate: p,
          se: p === null ? null : se,
          ci_low: p === null ? null : Math.max(0, p - 2 * se),
          ci_high: p === null ? null : Math.min(1, p + 2 * se),
          flags,
        });
      });
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 50 }),
        (rows, numerator, denominator) => {
          const out = suppressSmallCells(rows, { numerator, denominator });
          expect(out).toHaveLength(rows.length);
          out.forEach((r, i) => {
            const input = rows[i]!;
            const c = input.count_unweighted ?? 0;
            const n = input.n_unweighted;
            const disclosive =
              n < denominator || (c > 0 && c < numerator) || (n - c > 0 && n - c < numerator);
            const suppressed = r.flags.some((f) => f.startsWith('suppressed:'));
            expect(suppressed).toBe(disclosive);
            if (!suppressed) {
              expect(r).toEqual(input);
            } else {
              for (const k of [
                'estimate',
                'se',
                'ci_low',
                'ci_high',
                'count_unweighted',
                'cv',
                'deff',
                'n_eff',
              ]) {
                expect(r[k], k).toBeNull();
              }
              expect(r.n_unweighted).toBe(n);
            }
          });
        },
      ),
    );
  });
});
