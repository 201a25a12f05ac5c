import { differenceOfProportions, rankUncertainty, replicateDesign, replicateRatios } from '@minat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankDestinations } from '../../../src/analyse/ranking/rank-destinations.ts';
import type { RankingRow } from '../../../src/analyse/ranking/ranking-row.ts';
import type { SurveyDesign } from '../../../src/design/survey-design.ts';
import type { ValidatedSurvey } from '../../../src/validate/validated-survey.ts';
import { fixtureDesign } from '../../estimate/r-fixtures.ts';
import { sampleSurvey, srsSurvey } from './ranking-fixtures.ts';

const fast = { replicates: 100 };
const pick = (rows: RankingRow[], keys: (keyof RankingRow)[]) =>
  rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

describe('rankDestinations: ties on constructed simple random samples', () => {
  it('JP~DE and DE~KR but JP≁KR: one tie group for JP, DE, KR; TW (significantly lower) the next', async () => {
    const { survey, design } = await srsSurvey({ F: { JP: 350, DE: 310, KR: 290, TW: 50 } });
    const result = rankDestinations(survey, design, fast);
    const rows = result.rows;
    expect(rows.map((r) => r.destination)).toEqual(['JP', 'DE', 'KR', 'TW']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.diff_next_p).toBeGreaterThan(0.05);
    expect(rows[1]!.diff_next_p).toBeGreaterThan(0.05);
    expect(rows[2]!.diff_next_p).toBeLessThan(0.05);
    const { table, units } = result.estimate.shares;
    const [jp, kr] = [units.indexOf('JP'), units.indexOf('KR')];
    const direct = differenceOfProportions(table.cell(0, jp), table.cell(0, kr), {
      sample: 'same',
      covariance: table.covariance(0, jp, 0, kr),
    });
    expect(direct.p_value).toBeLessThan(0.05);
    expect(rows.map((r) => r.tie_group)).toEqual([1, 1, 1, 2]);
  });

  it('every adjacent difference significant: each destination its own tie group', async () => {
    const { survey, design } = await srsSurvey({ F: { JP: 500, DE: 300, KR: 150, TW: 50 } });
    const rows = rankDestinations(survey, design, fast).rows;
    expect(rows.map((r) => r.destination)).toEqual(['JP', 'DE', 'KR', 'TW']);
    expect(rows.slice(0, 3).every((r) => r.diff_next_p! < 0.05)).toBe(true);
    expect(rows.map((r) => r.tie_group)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.p_first)).toEqual([1, 0, 0, 0]);
  });

  it('tieLevel moves the cut: at 0.3 the JP–DE pair (p ≈ 0.12) is significant and DE–KR (p ≈ 0.41) is not', async () => {
    const { survey, design } = await srsSurvey({ F: { JP: 350, DE: 310, KR: 290, TW: 50 } });
    const rows = rankDestinations(survey, design, { ...fast, tieLevel: 0.3 }).rows;
    expect(rows[0]!.diff_next_p).toBeGreaterThan(0.05);
    expect(rows[0]!.diff_next_p).toBeLessThan(0.3);
    expect(rows[1]!.diff_next_p).toBeGreaterThan(0.3);
    expect(rows.map((r) => r.tie_group)).toEqual([1, 2, 2, 3]);
  });

  it('equal estimates share the lower rank; zero shares are ranked and tied; a group without answers is unranked', async () => {
    const { survey, design } = await srsSurvey({
      F: { JP: 30, DE: 30, KR: 10 },
      M: { TW: 20, JP: 5 },
      X: { '': 4 },
    });
    const rows = rankDestinations(survey, design, { ...fast, by: ['sex'] }).rows;
    const keys: (keyof RankingRow)[] = [
      'sex',
      'destination',
      'estimate',
      'rank',
      'diff_next',
      'diff_next_p',
      'tie_group',
    ];
    expect(pick(rows, keys)).toEqual([
      { sex: 'F', destination: 'JP', estimate: 3 / 7, rank: 1, diff_next: 0, diff_next_p: 1, tie_group: 1 },
      {
        sex: 'F',
        destination: 'DE',
        estimate: 3 / 7,
        rank: 1,
        diff_next: 3 / 7 - 1 / 7,
        diff_next_p: expect.any(Number),
        tie_group: 1,
      },
      {
        sex: 'F',
        destination: 'KR',
        estimate: 1 / 7,
        rank: 3,
        diff_next: 1 / 7,
        diff_next_p: expect.any(Number),
        tie_group: 2,
      },
      { sex: 'F', destination: 'TW', estimate: 0, rank: 4, diff_next: null, diff_next_p: null, tie_group: 3 },
      {
        sex: 'M',
        destination: 'TW',
        estimate: 0.8,
        rank: 1,
        diff_next: 0.6000000000000001,
        diff_next_p: expect.any(Number),
        tie_group: 1,
      },
      {
        sex: 'M',
        destination: 'JP',
        estimate: 0.2,
        rank: 2,
        diff_next: 0.2,
        diff_next_p: expect.any(Number),
        tie_group: 2,
      },
      // both 0 with variance 0: no p-value, not a significant difference, so one tie group
      { sex: 'M', destination: 'DE', estimate: 0, rank: 3, diff_next: 0, diff_next_p: null, tie_group: 3 },
      { sex: 'M', destination: 'KR', estimate: 0, rank: 3, diff_next: null, diff_next_p: null, tie_group: 3 },
      ...['JP', 'DE', 'TW', 'KR'].map((destination) => ({
        sex: 'X',
        destination,
        estimate: null,
        rank: null,
        diff_next: null,
        diff_next_p: null,
        tie_group: null,
      })),
    ]);
    // JP and DE tie in the full sample; in each replicate one or both rank first
    expect(rows[0]!.p_first! + rows[1]!.p_first!).toBeGreaterThanOrEqual(1);
    expect(pick(rows.slice(6), ['p_first', 'rank_low', 'rank_high'])).toEqual([
      { p_first: 0, rank_low: 3, rank_high: 3 },
      { p_first: 0, rank_low: 3, rank_high: 3 },
      ...Array(4).fill({ p_first: null, rank_low: null, rank_high: null }),
    ]);
  });
});

describe('rankDestinations: replicates', () => {
  it('p_first and rank intervals are rankUncertainty over replicateRatios of replicateDesign(subbootstrap, B, seed)', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    const result = rankDestinations(survey, design, { replicates: 300, seed: 9 });
    const rep = replicateDesign(design, { type: 'subbootstrap', replicates: 300, seed: 9 });
    const { table, units } = result.estimate.shares;
    const thetas = replicateRatios(table, rep, units.length, 1);
    const order = result.rows.map((r) => units.indexOf(r.destination));
    const shares = Float64Array.from({ length: 300 * order.length }, (_, j) => {
      const r = Math.floor(j / order.length);
      return thetas[r * units.length + order[j % order.length]!]!;
    });
    const u = rankUncertainty(shares, order.length);
    expect(result.rows.map((r) => r.p_first)).toEqual([...u.pFirst]);
    expect(result.rows.map((r) => r.rank_low)).toEqual([...u.rankLow]);
    expect(result.rows.map((r) => r.rank_high)).toEqual([...u.rankHigh]);
    expect(result.replicates).toEqual({ type: 'subbootstrap', R: 300, seed: 9 });
  });

  it('rejects bad replicates and seed with the option named', async () => {
    const { survey, design } = await fixtureDesign('d1.csv');
    expect(() => rankDestinations(survey, design, { replicates: 1 })).toThrow(/invalid replicates 1/);
    expect(() => rankDestinations(survey, design, { seed: -1 })).toThrow(/invalid seed -1/);
  });
});

describe('rankDestinations on the sample survey, wave 2026', () => {
  let survey: ValidatedSurvey;
  let design: SurveyDesign;
  const wave2026 = { filter: { wave: ['2026'] } };
  beforeAll(async () => {
    ({ survey, design } = await sampleSurvey());
  });

  it('Japan ranks first with p_first > 0.95 (1 with seed 1), Germany second; B = 1000 by default', () => {
    const result = rankDestinations(survey, design, wave2026);
    const [first, second] = result.rows;
    expect(first).toMatchObject({ destination: 'JP', rank: 1, rank_low: 1, rank_high: 1 });
    expect(first!.p_first).toBeGreaterThan(0.95);
    expect(first!.p_first).toBe(1);
    expect(second).toMatchObject({ destination: 'DE', rank: 2 });
    expect(result.replicates).toEqual({ type: 'subbootstrap', R: 1000, seed: 1 });
    expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
    expect(result.issues).toEqual([]);
  });

  it('the same seed gives identical rows; another seed the same estimates and differences but other rank intervals somewhere', () => {
    const a = rankDestinations(survey, design, { ...wave2026, seed: 11 });
    const b = rankDestinations(survey, design, { ...wave2026, seed: 11 });
    expect(b.rows).toEqual(a.rows);
    const c = rankDestinations(survey, design, { ...wave2026, seed: 12 });
    const fixed: (keyof RankingRow)[] = [
      'destination',
      'estimate',
      'se',
      'rank',
      'diff_next',
      'diff_next_se',
      'diff_next_p',
      'tie_group',
    ];
    expect(pick(c.rows, fixed)).toEqual(pick(a.rows, fixed));
    // Japan is first in every replicate under both seeds (degenerate), but some interval moves
    expect([a.rows[0]!.p_first, c.rows[0]!.p_first]).toEqual([1, 1]);
    const intervals = (rows: RankingRow[]) => rows.map((r) => `${r.rank_low}-${r.rank_high}`);
    expect(intervals(c.rows)).not.toEqual(intervals(a.rows));
  });

  it('by sex: each group ranked on its own, tie groups break exactly where diff_next_p < tieLevel', () => {
    const result = rankDestinations(survey, design, { ...wave2026, by: ['sex'], replicates: 200 });
    for (const sex of ['M', 'F']) {
      const rows = result.rows.filter((r) => r.sex === sex);
      expect(rows[0]!.rank).toBe(1);
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.estimate!).toBeLessThanOrEqual(rows[i - 1]!.estimate!);
        const step = rows[i - 1]!.diff_next_p! < 0.05 ? 1 : 0;
        expect(rows[i]!.tie_group).toBe(rows[i - 1]!.tie_group! + step);
      }
      expect(rows.reduce((s, r) => s + r.p_first!, 0)).toBeCloseTo(1, 12);
    }
  });
});
