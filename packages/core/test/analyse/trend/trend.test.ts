import { estimateShares, getCountry, MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { trend } from '../../../src/analyse/trend/trend.ts';
import { tCdf } from '../../../src/estimate/ci/quantiles.ts';
import { fixtureDesign, rCase } from '../../estimate/r-fixtures.ts';
import { byHandShare, sampleSurvey } from './sample-survey.ts';

const WAVES = { weight: 'w', strata: 'prov', psu: 'psu', wave: 'wave' };

describe('trend on the two-wave fixture (T19)', () => {
  it('trend(waves.csv) gives wave 2 − wave 1 for DE with R’s Δ and SE to 1e-9, df 10, independent samples', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', WAVES);
    const t = trend(survey, design);
    const e = rCase('T19').expect;
    expect(t.waves).toEqual(['1', '2']);
    const de = t.rows.filter((r) => r.destination === 'DE');
    expect(de.map((r) => r['wave'])).toEqual(['1', '2']);
    expect(de[0]!.estimate).toBeCloseTo(e['wave_estimates'][0], 12);
    expect(de[1]!.estimate).toBeCloseTo(e['wave_estimates'][1], 12);
    const changes = t.changes.filter((c) => c.destination === 'DE');
    expect(changes).toHaveLength(1);
    const c = changes[0]!;
    expect([c.from_wave, c.to_wave, c.span, c.measure, c.base]).toEqual([
      '1',
      '2',
      'consecutive',
      'first',
      'answered',
    ]);
    expect(Math.abs(c.change! - e['wave_diff'])).toBeLessThan(1e-9);
    expect(Math.abs(c.se! - e['wave_diff_se'])).toBeLessThan(1e-9);
    expect(c.df).toBe(e['stacked_df']);
    expect(c.flags).toEqual([]);
  });

  it('trend marks a destination nobody names in the later wave absent-in-wave (UK → GB in wave 2)', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', WAVES);
    const gb = trend(survey, design).changes.find((c) => c.destination === 'GB')!;
    expect(gb.to_estimate).toBe(0);
    expect(gb.flags).toContain('absent-in-wave');
    expect(gb.change).toBeCloseTo(-gb.from_estimate!, 15);
  });

  it('trend without a wave column throws option-invalid', async () => {
    const { survey, design } = await fixtureDesign('waves.csv');
    const err = (() => {
      try {
        trend(survey, design);
      } catch (x) {
        return x as MinatError;
      }
    })();
    expect(err).toBeInstanceOf(MinatError);
    expect(err!.code).toBe('option-invalid');
    expect(err!.message).toContain('wave column');
  });

  it('trend with by: [sex] gives one change per sex and destination, equal to separate sex filters', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', {
      ...WAVES,
      dimensions: [{ key: 'sex', column: 'sex', label: { en: 'Sex', id: 'Jenis kelamin' } }],
    });
    const bySex = trend(survey, design, { by: ['sex'] });
    expect(bySex.by).toEqual(['sex']);
    const f = trend(survey, design, { filter: { sex: ['F'] } });
    const fromBy = bySex.changes.filter((c) => c['sex'] === 'F');
    expect(fromBy.map((c) => c.destination).sort()).toEqual(['CA', 'DE', 'GB']);
    for (const c of fromBy) {
      const alone = f.changes.find((x) => x.destination === c.destination)!;
      expect(c.change).toBeCloseTo(alone.change!, 14);
      expect(c.se).toBeCloseTo(alone.se!, 14);
      expect(c.df).toBe(alone.df);
    }
  });

  it('trend with waves: [2, 1] reverses the comparison (and flags GB new-in-wave); a wrong list throws', async () => {
    const { survey, design } = await fixtureDesign('waves.csv', WAVES);
    const back = trend(survey, design, { waves: ['2', '1'] });
    const de = back.changes.find((c) => c.destination === 'DE')!;
    expect(de.change).toBeCloseTo(-rCase('T19').expect['wave_diff'], 12);
    expect(back.changes.find((c) => c.destination === 'GB')!.flags).toContain('new-in-wave');
    expect(() => trend(survey, design, { waves: ['1', '3'] })).toThrow(/waves present: 1, 2/);
  });
});

describe('trend on the sample (2023–2026)', () => {
  it('Japan rises 2023 → 2026 significantly; changes are later − earlier from the per-wave rows, checked by hand', async () => {
    const { raw, survey, design } = await sampleSurvey();
    const t = trend(survey, design);
    expect(t.waves).toEqual(['2023', '2024', '2025', '2026']);
    const jp = t.changes.filter((c) => c.destination === 'JP');
    expect(jp.map((c) => `${c.from_wave}-${c.to_wave}:${c.span}`)).toEqual([
      '2023-2024:consecutive',
      '2024-2025:consecutive',
      '2025-2026:consecutive',
      '2023-2026:first-last',
    ]);
    const hand = Object.fromEntries(t.waves.map((w) => [w, byHandShare(raw, w, ['JP'])]));
    const rows = t.rows.filter((r) => r.destination === 'JP');
    expect(rows.map((r) => r['wave'])).toEqual(t.waves);
    for (const c of jp) {
      const [a, b] = [hand[c.from_wave]!, hand[c.to_wave]!];
      expect(c.from_estimate).toBeCloseTo(a.p, 12);
      expect(c.to_estimate).toBeCloseTo(b.p, 12);
      expect(c.change).toBeCloseTo(b.p - a.p, 12);
      expect(c.se).toBeCloseTo(Math.sqrt(a.se ** 2 + b.se ** 2), 12);
      const [r1, r2] = [c.from_wave, c.to_wave].map((w) => rows.find((r) => r['wave'] === w)!);
      expect(c.df).toBe(r1!.df + r2!.df);
      expect(c.p_value).toBeCloseTo(2 * tCdf(-Math.abs(c.change! / c.se!), c.df), 14);
      expect(c.flags).toEqual([]);
    }
    const firstLast = jp[3]!;
    expect(firstLast.change).toBeGreaterThan(0.1);
    expect(firstLast.p_value).toBeLessThan(0.001);
    expect(firstLast.ci_low).toBeGreaterThan(0);
    // The first–last change is the sum of the consecutive ones; its SE is not (waves in between drop out).
    expect(jp[0]!.change! + jp[1]!.change! + jp[2]!.change!).toBeCloseTo(firstLast.change!, 14);
    expect(firstLast.se).toBeLessThan(jp[0]!.se! + jp[1]!.se! + jp[2]!.se!);
  });

  it('the Middle East (policy-region) falls 2023 → 2026, each step and overall, as its own estimate', async () => {
    const { raw, survey, design } = await sampleSurvey();
    const t = trend(survey, design, { destinations: 'policy-region' });
    const codes = survey.destination.levels.filter((c) => getCountry(c)?.policyRegion === 'Middle East');
    const me = t.changes.filter((c) => c.destination === 'Middle East');
    expect(me).toHaveLength(4);
    for (const c of me) expect(c.change).toBeLessThan(0);
    const [a, b] = [byHandShare(raw, '2023', codes), byHandShare(raw, '2026', codes)];
    const overall = me.find((c) => c.span === 'first-last')!;
    expect(overall.change).toBeCloseTo(b.p - a.p, 12);
    expect(overall.se).toBeCloseTo(Math.sqrt(a.se ** 2 + b.se ** 2), 12);
    expect(overall.p_value).toBeLessThan(0.001);
  });

  it('a wave filter keeps the full design and leaves the other waves out of the trend', async () => {
    const { survey, design } = await sampleSurvey();
    const all = trend(survey, design);
    const two = trend(survey, design, { filter: { wave: ['2023', '2026'] } });
    expect(two.waves).toEqual(['2023', '2026']);
    const jp = two.changes.filter((c) => c.destination === 'JP');
    expect(jp).toHaveLength(1);
    const want = all.changes.find((c) => c.destination === 'JP' && c.span === 'first-last')!;
    expect(jp[0]!.change).toBeCloseTo(want.change!, 14);
    expect(jp[0]!.se).toBeCloseTo(want.se!, 14);
    expect(jp[0]!.span).toBe('consecutive');
    const one = estimateShares(survey, design, { filter: { wave: ['2023'] } }).rows.find(
      (r) => r.destination === 'JP',
    )!;
    expect(jp[0]!.from_estimate).toBeCloseTo(one.estimate!, 14);
  });
});
