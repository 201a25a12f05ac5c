import { describe, expect, it } from 'vitest';
import { normalizeReliability } from '../../../src/analyse/reliability/normalize-reliability.ts';
import { reliabilityStandards } from '../../../src/analyse/reliability/reliability-standards.ts';
import { makeRow } from './make-row.ts';

const { nchs, bps } = reliabilityStandards;
const minN = reliabilityStandards['min-n'];

describe('reliabilityStandards', () => {
  it('lists nchs, bps and min-n, each with English and Indonesian label and description and documented defaults', () => {
    expect(Object.keys(reliabilityStandards)).toEqual(['nchs', 'bps', 'min-n']);
    for (const def of Object.values(reliabilityStandards)) {
      expect(def.label.id).not.toBe(def.label.en);
      expect(def.description.id).not.toBe(def.description.en);
      expect(Object.keys(def.parameters).sort()).toEqual(Object.keys(def.defaults).sort());
      for (const p of Object.values(def.parameters)) expect(p.description.id).not.toBe(p.description.en);
    }
  });

  it('defaults are the published thresholds: NCHS 30 / 0.30 / 0.05 / 130% / df 8, BPS 25% / 50%, min-n 30', () => {
    expect(nchs.defaults).toEqual({
      minNEff: 30,
      maxCiw: 0.3,
      narrowCiw: 0.05,
      maxRciw: 1.3,
      minDf: 8,
      zeroRule: 'review',
      dfAdjust: true,
    });
    expect(bps.defaults).toEqual({ maxUsable: 0.25, maxCaution: 0.5, minDf: 8 });
    expect(minN.defaults).toEqual({ minN: 30, minDf: 8 });
  });

  it('nchs.assess names the reason: n-eff, ciw, rciw, then review for df-low or a boundary share', () => {
    const t = nchs.defaults;
    const a = (estimate: number, se: number, n_unweighted: number, df: number) =>
      nchs.assess(makeRow({ estimate, se, n_unweighted, df }), t);
    expect(a(0.4222222222222222, 0.0597643711663, 16, 5)).toEqual({
      level: 'unreliable',
      reasons: ['n-eff', 'df-low'],
    });
    expect(a(0.5, 0.08, 60, 12)).toEqual({ level: 'unreliable', reasons: ['ciw'] });
    expect(a(0.03, 0.012, 250, 20)).toEqual({ level: 'unreliable', reasons: ['rciw'] });
    expect(a(0.2, 0.03, 500, 5)).toEqual({ level: 'review', reasons: ['df-low'] });
    expect(a(0, 0, 50, 10)).toEqual({ level: 'review', reasons: ['boundary'] });
    expect(a(0.95, 0.02, 200, 20)).toEqual({ level: 'ok', reasons: ['complement-footnote'] });
    expect(
      nchs.assess(makeRow({ estimate: 0, se: 0, n_unweighted: 50 }), { ...t, zeroRule: 'suppress' }),
    ).toEqual({ level: 'unreliable', reasons: ['rciw-undefined'] });
  });

  it('nchs.assess: 0.20 ± 0.04, n 200, df 3 is dropped by RCIW with the df adjustment (n_eff,df 38.4, CIW 0.272) and only reviewed without it (n_eff 100, CIW 0.165)', () => {
    const row = makeRow({ estimate: 0.2, se: 0.04, n_unweighted: 200, df: 3 });
    expect(nchs.assess(row, nchs.defaults)).toEqual({ level: 'unreliable', reasons: ['rciw', 'df-low'] });
    expect(nchs.assess(row, { ...nchs.defaults, dfAdjust: false })).toEqual({
      level: 'review',
      reasons: ['df-low'],
    });
  });

  it('nchs.assess: minNEff and maxRciw move the cut (0.10 ± 0.02, n 400: n_eff 225, RCIW 0.861)', () => {
    const row = makeRow({ estimate: 0.1, se: 0.02, n_unweighted: 400, df: 30 });
    expect(nchs.assess(row, { ...nchs.defaults, minNEff: 225.5 }).reasons).toEqual(['n-eff']);
    expect(nchs.assess(row, { ...nchs.defaults, minNEff: 224.5 }).reasons).toEqual([]);
    expect(nchs.assess(row, { ...nchs.defaults, maxRciw: 0.85 }).reasons).toEqual(['rciw']);
    expect(nchs.assess(row, { ...nchs.defaults, maxRciw: 0.87 }).reasons).toEqual([]);
  });

  it('bps.assess: RSE 25% exactly is usable, 50% exactly is caution, just above each moves up a level', () => {
    const t = bps.defaults;
    const level = (estimate: number, se: number) => bps.assess(makeRow({ estimate, se }), t).level;
    expect(level(0.5, 0.125)).toBe('ok'); // RSE 0.25 exactly
    expect(level(0.25, 0.0625)).toBe('ok'); // RSE 0.25 exactly
    expect(level(0.5, 0.125 + 1e-12)).toBe('caution');
    expect(level(0.5, 0.25)).toBe('caution'); // RSE 0.50 exactly
    expect(level(0.5, 0.25 + 1e-12)).toBe('unreliable');
    expect(level(1, 0)).toBe('ok');
  });

  it('bps.assess: estimate 0 has no RSE and goes to review (rse-undefined); reasons name the band', () => {
    expect(bps.assess(makeRow({ estimate: 0, se: 0 }), bps.defaults)).toEqual({
      level: 'review',
      reasons: ['rse-undefined'],
    });
    expect(bps.assess(makeRow({ estimate: 0.5, se: 0.2 }), bps.defaults).reasons).toEqual(['rse-caution']);
    expect(bps.assess(makeRow({ estimate: 0.5, se: 0.3, df: 2 }), bps.defaults).reasons).toEqual([
      'rse-unreliable',
      'df-low',
    ]);
  });

  it('bps.assess with { maxUsable: 0.1, maxCaution: 0.2 }: RSE 0.15 is caution, 0.25 unreliable', () => {
    const t = normalizeReliability('bps', { maxUsable: 0.1, maxCaution: 0.2 })
      .thresholds as typeof bps.defaults;
    expect(bps.assess(makeRow({ estimate: 0.2, se: 0.03 }), t).level).toBe('caution');
    expect(bps.assess(makeRow({ estimate: 0.2, se: 0.05 }), t).level).toBe('unreliable');
  });

  it('min-n.assess: base 29 is unreliable, 30 is ok (default 30)', () => {
    expect(minN.assess(makeRow({ n_unweighted: 29 }), minN.defaults)).toEqual({
      level: 'unreliable',
      reasons: ['n'],
    });
    expect(minN.assess(makeRow({ n_unweighted: 30 }), minN.defaults)).toEqual({ level: 'ok', reasons: [] });
    expect(minN.assess(makeRow({ n_unweighted: 30, df: 7 }), minN.defaults)).toEqual({
      level: 'ok',
      reasons: ['df-low'],
    });
  });

  it('every standard assesses a row without an estimate as ok with no reasons', () => {
    const empty = makeRow({ estimate: null, se: null, n_unweighted: 0, df: 0 });
    expect(nchs.assess(empty, nchs.defaults)).toEqual({ level: 'ok', reasons: [] });
    expect(bps.assess(empty, bps.defaults)).toEqual({ level: 'ok', reasons: [] });
    expect(minN.assess(empty, minN.defaults)).toEqual({ level: 'ok', reasons: [] });
  });
});
