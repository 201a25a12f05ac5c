import { describe, expect, it } from 'vitest';
import { altText, provinceTileMap } from '../../../src/index.ts';
import { bodyOf, estimateRow, footerText, rankingRow } from '../../helpers/literal-rows.ts';

const shares = [
  estimateRow('JP', 0.42, [0.37, 0.47], { province: '18' }),
  estimateRow('DE', 0.14, [0.1, 0.18], { province: '18' }),
  estimateRow('JP', 0.3, [0.1, 0.6], { province: '35', flags: ['unreliable:nchs'] }),
  estimateRow('JP', null, null, { province: '94', n_unweighted: 20, flags: ['suppressed:denominator'] }),
];
const tiles = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;
const tile = (spec: unknown, province: string) => tiles(spec).find((t) => t['province'] === province)!;

describe('provinceTileMap', () => {
  it('draws all 38 provinces on the 17 × 7 grid, with or without data', () => {
    const t = tiles(provinceTileMap(shares, { destination: 'JP' }));
    expect(t).toHaveLength(38);
    expect(tile(provinceTileMap(shares), '11')).toMatchObject({
      tile: 'AC',
      col: 0,
      row: 0,
      status: 'missing',
      value: '',
    });
  });

  it('share mode: Lampung 42%, East Java in brackets (unreliable), Papua × (suppressed, never 0)', () => {
    const spec = provinceTileMap(shares, { destination: 'JP' });
    expect(tile(spec, '18')).toMatchObject({ name: 'Lampung', value: '42%', estimate: 0.42, painted: 1 });
    expect(tile(spec, '35')).toMatchObject({ value: '(30%)', status: 'unreliable' });
    expect(tile(spec, '94')).toMatchObject({ value: '×', estimate: null, status: 'suppressed', painted: 0 });
    expect(footerText(spec)).toContain(
      '1 cell suppressed (left blank, not zero): fewer than 30 respondents in the base.',
    );
  });

  it('share mode in Indonesian: title names the destination, percents with the Indonesian format', () => {
    const spec = provinceTileMap([estimateRow('KR', 0.125, [0.1, 0.15], { province: '18' })], { lang: 'id' });
    expect((spec as { title: { text: string } }).title.text).toBe(
      'Persentase yang memilih Korea Selatan, menurut provinsi asal',
    );
    expect(tile(spec, '18')['value']).toBe('13%');
    expect(altText(spec)).toBe(
      'Peta. Persentase yang memilih Korea Selatan, menurut provinsi asal. Tertinggi: Lampung 12,5% (10,0–15,0%).',
    );
  });

  it("top mode: the rank-1 destination, 'tie' where another is in its tie group, × where all are suppressed", () => {
    const ranked = [
      rankingRow('JP', 0.42, [0.37, 0.47], 1, 1, { province: '18' }),
      rankingRow('DE', 0.14, [0.1, 0.18], 2, 2, { province: '18' }),
      rankingRow('MY', 0.3, [0.2, 0.4], 1, 1, { province: '35' }),
      rankingRow('JP', 0.28, [0.2, 0.36], 2, 1, { province: '35' }),
      rankingRow('JP', null, null, null, null, { province: '94', flags: ['suppressed:denominator'] }),
    ];
    const spec = provinceTileMap(ranked, { mode: 'top' });
    expect(tile(spec, '18')).toMatchObject({ value: 'JP', category: 'Japan', leader: 'Japan', light: 1 });
    expect(tile(spec, '35')).toMatchObject({
      value: 'tie',
      category: 'No clear first (tie)',
      leader: 'Malaysia',
    });
    expect(tile(spec, '94')).toMatchObject({ value: '×', category: null, status: 'suppressed' });
    expect(altText(spec)).toBe(
      'Map. Most preferred destination, by province of origin. Japan first in 1 province; no clear first in 1 province. ' +
        'Suppressed (too few respondents): Papua.',
    );
  });

  it('top mode without a rank column throws saying ranking rows are expected', () => {
    expect(() => provinceTileMap(shares, { mode: 'top' })).toThrow(
      'invalid rows for province-map in top mode: no rank column; expected ranking rows by province',
    );
  });
});
