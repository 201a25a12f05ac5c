import { type EstimateRow, type MinatError, placements } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { placementsComparison } from '../../../src/analyse/placements/placements-comparison.ts';

const share = (
  destination: string,
  estimate: number | null,
  extra: Record<string, string> = {},
): EstimateRow => ({
  ...extra,
  destination,
  measure: 'first',
  base: 'answered',
  estimate,
  se: 0.01,
  ci_low: estimate === null ? null : estimate - 0.02,
  ci_high: estimate === null ? null : estimate + 0.02,
  df: 100,
  deff: 1.5,
  n_unweighted: 1000,
  n_weighted: 250000,
  count_unweighted: 100,
  n_eff: 700,
  cv: 0.1,
  flags: [],
});

const SHARES = [
  share('JP', 0.209),
  share('DE', 0.122),
  share('HK', 0.089),
  share('TW', 0.097),
  share('NZ', 0.004),
];
const byCode = <T extends { destination: string }>(rows: T[], code: string): T =>
  rows.find((r) => r.destination === code)!;

describe('placementsComparison', () => {
  it('wave 2024: 2024 full-year figures (HK 99,773, TW 84,581, JP 12,720) over the published total 297,434', () => {
    const r = placementsComparison(SHARES, { wave: 2024 });
    expect(r.placementYear).toBe(2024);
    expect(r.note).toBe('wave 2024 paired with 2024 full-year placements (same year)');
    expect(byCode(r.rows, 'HK').placement_count).toBe(99773);
    expect(byCode(r.rows, 'TW').placement_count).toBe(84581);
    const jp = byCode(r.rows, 'JP');
    expect(jp.placement_count).toBe(12720);
    expect(jp.placement_total).toBe(297434);
    expect(jp.placement_share).toBeCloseTo(12720 / 297434, 15);
    expect(jp.ratio).toBeCloseTo(0.209 / (12720 / 297434), 12);
    expect(jp.gap).toBeCloseTo((0.209 - 12720 / 297434) * 100, 12);
    expect(jp.placement_year).toBe(2024);
    expect(jp.source_key).toBe('detik_2024');
    expect(jp.source_url).toMatch(/^https:\/\/www\.detik\.com\//);
    expect(jp.confidence).toBe('medium');
    expect(jp.name).toBe('Japan');
    expect(jp.survey_share).toBe(0.209);
    expect(jp.note).toContain('share of the published 2024 total 297,434 (detik_2024)');
    expect(byCode(r.rows, 'HK').ratio!).toBeLessThan(1);
  });

  it('Germany, #2 in preference, is not published for 2024: null, not 0, and the note cites its G-to-G count', () => {
    const de = byCode(placementsComparison(SHARES, { wave: 2024 }).rows, 'DE');
    expect(de.survey_share).toBe(0.122);
    for (const k of [
      'placement_count',
      'placement_share',
      'ratio',
      'gap',
      'source_key',
      'confidence',
    ] as const)
      expect(de[k]).toBeNull();
    expect(de.placement_year).toBe(2024);
    expect(de.note).toContain(
      'not published: DE is not among the 20 destinations with 2024 full-year figures',
    );
    expect(de.note).toContain('2024 G-to-G placements to DE: 114 (indopos_2024; a lower bound)');
  });

  it('a destination missing from the published lists gives null', () => {
    const nz = byCode(placementsComparison(SHARES, { wave: '2024' }).rows, 'NZ');
    expect(nz.placement_count).toBeNull();
    expect(nz.placement_share).toBeNull();
    expect(nz.gap).toBeNull();
    expect(nz.note).toContain('not published');
  });

  it('wave 2026 pairs with 2024, the latest full year with a destination breakdown (2025 has only partial tables)', () => {
    const has2025 = placements.some(
      (p) => p.year === 2025 && p.period === 'full_year' && p.dimension === 'destination',
    );
    expect(has2025).toBe(false);
    const r = placementsComparison(SHARES, { wave: 2026, lang: 'id' });
    expect(r.placementYear).toBe(2024);
    expect(r.note).toBe(
      'wave 2026 paired with 2024 full-year placements, the latest with a destination breakdown (none published for 2025–2026)',
    );
    expect(byCode(r.rows, 'JP').placement_count).toBe(12720);
    expect(byCode(r.rows, 'JP').name).toBe('Jepang');
    expect(byCode(r.rows, 'JP').note.startsWith(r.note)).toBe(true);
    expect(placementsComparison(SHARES, { wave: 2025 }).note).toContain('(none published for 2025)');
  });

  it('wave 2023: the high-confidence total 274,965 wins over the restated 297,108 and the note says so', () => {
    const jp = byCode(placementsComparison(SHARES, { wave: 2023 }).rows, 'JP');
    expect(jp.placement_count).toBe(9673);
    expect(jp.placement_total).toBe(274965);
    expect(jp.placement_share).toBeCloseTo(9673 / 274965, 15);
    expect(jp.confidence).toBe('high');
    expect(jp.note).toContain(
      'total: sources disagree: 274,965 (db_2023, high) used over 297,108 (teropong_2024, low)',
    );
  });

  it('where two sources give a destination figure for the same year, the higher confidence wins', () => {
    const extra = {
      ...placements.find((p) => p.year === 2024 && p.key === 'JP' && p.period === 'full_year')!,
    };
    const own = [
      ...placements,
      { ...extra, value: 12000, sourceKey: 'official_x', confidence: 'high' as const },
    ];
    const jp = byCode(placementsComparison(SHARES, { wave: 2024, placements: own }).rows, 'JP');
    expect(jp.placement_count).toBe(12000);
    expect(jp.source_key).toBe('official_x');
    expect(jp.note).toContain(
      'sources disagree: 12,000 (official_x, high) used over 12,720 (detik_2024, medium)',
    );
  });

  it('without a published total the placement share is null but the count is given (2016)', () => {
    const my = byCode(placementsComparison([share('MY', 0.08)], { wave: 2017 }).rows, 'MY');
    expect(my.placement_year).toBe(2016);
    expect(my.placement_count).toBe(87616);
    expect(my.placement_share).toBeNull();
    expect(my.note).toContain('no published 2016 total');
  });

  it('before any full-year figures everything is null; another country (ZZ) is never published', () => {
    const r = placementsComparison([share('JP', 0.2), share('ZZ', 0.01)], { wave: 2015 });
    expect(r.placementYear).toBeNull();
    expect(r.rows[0]!.placement_count).toBeNull();
    expect(r.rows[0]!.note).toBe('no full-year destination figures published for 2015 or earlier');
    expect(byCode(placementsComparison([share('ZZ', 0.01)], { wave: 2024 }).rows, 'ZZ').note).toContain(
      'another country: no placement figure',
    );
  });

  it('keeps grouping columns, keeps only rows of the wave, and a null survey share gives null ratio and gap', () => {
    const rows = [
      share('JP', 0.2, { wave: '2024', sex: 'F' }),
      share('JP', null, { wave: '2024', sex: 'M' }),
      share('JP', 0.3, { wave: '2026', sex: 'F' }),
    ];
    const r = placementsComparison(rows, { wave: 2024 });
    expect(r.rows.map((x) => [x['wave'], x['sex'], x.survey_share])).toEqual([
      ['2024', 'F', 0.2],
      ['2024', 'M', null],
    ]);
    expect(r.rows[1]!.ratio).toBeNull();
    expect(r.rows[1]!.gap).toBeNull();
    expect(r.rows[1]!.placement_count).toBe(12720);
  });

  it('rejects a wave without a year, a wave absent from the rows and shares of another measure', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as MinatError).code;
      }
      return 'no error';
    };
    expect(code(() => placementsComparison(SHARES, { wave: 'W26' }))).toBe('option-invalid');
    expect(code(() => placementsComparison([share('JP', 0.2, { wave: '2026' })], { wave: 2024 }))).toBe(
      'option-invalid',
    );
    expect(code(() => placementsComparison([{ ...share('JP', 0.4), measure: 'any' }], { wave: 2024 }))).toBe(
      'option-invalid',
    );
  });
});
