import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { convertCountries } from '../../src/reference/convert/convert-countries.ts';
import { convertPlacements } from '../../src/reference/convert/convert-placements.ts';
import { convertProvinces } from '../../src/reference/convert/convert-provinces.ts';

const dataDir = new URL('../../../../data/reference/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dataDir), 'utf8');

function thrown(fn: () => unknown): MinatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MinatError) return e;
    throw e;
  }
  throw new Error('expected a MinatError');
}

describe('convertCountries', () => {
  it('rejects an alpha-3 code that disagrees with ISO, naming file, row, column and value', () => {
    const csv = read('destinations.csv').replace('JP,JPN,392', 'JP,JAP,392');
    const e = thrown(() => convertCountries(csv));
    expect(e.code).toBe('csv-invalid');
    expect([e.file, e.row, e.column, e.value]).toEqual(['destinations.csv', 2, 'iso3', 'JAP']);
  });

  it('rejects a country listed twice', () => {
    const lines = read('destinations.csv').split('\n');
    const e = thrown(() => convertCountries([...lines.slice(0, 3), lines[1]!, ...lines.slice(3)].join('\n')));
    expect([e.row, e.column, e.value]).toEqual([4, 'iso2', 'JP']);
  });

  it('rejects a missing column with column-missing', () => {
    const csv = read('destinations.csv').replace('policy_region', 'region_policy');
    const e = thrown(() => convertCountries(csv));
    expect([e.code, e.column, e.row]).toEqual(['column-missing', 'policy_region', 1]);
  });
});

describe('convertProvinces', () => {
  it('rejects a tile whose ISO code disagrees with provinces.csv', () => {
    const tiles = read('province-tilegrid.csv').replace('35,6,5,JI,ID-JI', '35,6,5,JI,ID-JT');
    const e = thrown(() => convertProvinces(read('provinces.csv'), tiles));
    expect([e.file, e.column, e.value]).toEqual(['province-tilegrid.csv', 'iso_3166_2', 'ID-JT']);
  });

  it('rejects a province without a tile', () => {
    const tiles = read('province-tilegrid.csv').replace(/^35,[^\n]*\n/m, '');
    expect(thrown(() => convertProvinces(read('provinces.csv'), tiles)).value).toBe('35');
  });
});

describe('convertPlacements', () => {
  it('leaves year absent for multi-year periods and parses decimal shares', () => {
    const rows = convertPlacements(read('placements.csv'));
    const cumulative = rows.find((r) => r.period === '2007..2024-11-14' && r.key === 'MY');
    expect(cumulative).toMatchObject({ dimension: 'destination', value: 1407494, confidence: 'medium' });
    expect(cumulative && 'year' in cumulative).toBe(false);
    expect(rows.find((r) => r.dimension === 'sector_share' && r.key === 'domestic')?.value).toBe(36.5);
  });
});
