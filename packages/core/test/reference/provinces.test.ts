import { describe, expect, it } from 'vitest';
import { getProvince } from '../../src/reference/get-province.ts';
import { islandGroupOf } from '../../src/reference/island-group-of.ts';
import { provinces } from '../../src/reference/provinces.ts';

describe('provinces', () => {
  it('lists 38 provinces with distinct BPS, Kemendagri and ISO codes', () => {
    expect(provinces).toHaveLength(38);
    for (const key of ['bpsCode', 'kemendagriCode', 'iso3166_2'] as const) {
      expect(new Set(provinces.map((p) => p[key])).size).toBe(38);
    }
  });

  it('counts provinces per island group as SOURCES.md §1.2 says', () => {
    const counts: Record<string, number> = {};
    for (const p of provinces) counts[p.islandGroup] = (counts[p.islandGroup] ?? 0) + 1;
    expect(counts).toEqual({
      Sumatra: 10,
      Jawa: 6,
      'Bali & Nusa Tenggara': 3,
      Kalimantan: 5,
      Sulawesi: 6,
      Maluku: 2,
      Papua: 6,
    });
  });

  it('puts every province on its own tile of the 17 × 7 grid', () => {
    const tiles = new Set(provinces.map((p) => `${p.tile.col},${p.tile.row}`));
    expect(tiles.size).toBe(38);
    for (const p of provinces) {
      expect(p.tile.col).toBeGreaterThanOrEqual(0);
      expect(p.tile.col).toBeLessThan(17);
      expect(p.tile.row).toBeLessThan(7);
      expect(p.tile.label).toBe(p.iso3166_2.slice(3));
    }
  });

  it('keeps the Papua code swap: BPS 91 = Papua Barat (Kemendagri 92), BPS 94 = Papua (Kemendagri 91)', () => {
    expect(getProvince('91')).toMatchObject({ name: { id: 'Papua Barat' }, kemendagriCode: '92' });
    expect(getProvince('94')).toMatchObject({ name: { id: 'Papua' }, kemendagriCode: '91' });
    expect(getProvince('97')).toMatchObject({ iso3166_2: 'ID-PE', bpsCodeConfidence: 'medium' });
  });

  it('getProvince("35") returns East Java with all columns', () => {
    expect(getProvince('35')).toEqual({
      bpsCode: '35',
      kemendagriCode: '35',
      iso3166_2: 'ID-JI',
      isoGeoUnit: 'ID-JW',
      name: { en: 'East Java', id: 'Jawa Timur' },
      aliases: ['Jatim'],
      islandGroup: 'Jawa',
      capital: 'Surabaya',
      regencyCount: 38,
      centroid: { lon: 112.71, lat: -7.73 },
      tile: { col: 6, row: 5, label: 'JI' },
      bpsCodeConfidence: 'high',
      notes: 'alias: Jatim; largest PMI-sending province',
    });
  });

  it('getProvince returns undefined for unknown codes', () => {
    expect(getProvince('99')).toBeUndefined();
    expect(getProvince('Jawa Timur')).toBeUndefined();
  });
});

describe('islandGroupOf', () => {
  it('gives the island group of a BPS code, Sumatra for Kepri and Babel', () => {
    expect([islandGroupOf('21'), islandGroupOf('19'), islandGroupOf('52'), islandGroupOf('97')]).toEqual([
      'Sumatra',
      'Sumatra',
      'Bali & Nusa Tenggara',
      'Papua',
    ]);
    expect(islandGroupOf('00')).toBeUndefined();
  });
});
