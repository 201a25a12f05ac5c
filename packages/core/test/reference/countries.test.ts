import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/reference/countries.ts';
import { getCountry } from '../../src/reference/get-country.ts';

const destinations = parse(
  readFileSync(new URL('../../../../data/reference/destinations.csv', import.meta.url), 'utf8'),
  { columns: true, bom: true },
) as Record<string, string>[];

describe('countries', () => {
  it('lists every ISO 3166-1 country of i18n-iso-countries (≥ 249) plus ZZ, each code once', () => {
    const real = countries.filter((c) => !c.pseudo);
    expect(real.length).toBe(Object.keys(en.countries).length);
    expect(real.length).toBeGreaterThanOrEqual(249);
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(countries.length);
    expect(countries.at(-1)).toMatchObject({ iso2: 'ZZ', iso3: 'ZZZ', numeric: '999', pseudo: true });
  });

  it('marks exactly the 34 rows of destinations.csv as destinations', () => {
    expect(
      countries
        .filter((c) => c.isDestination)
        .map((c) => c.iso2)
        .sort(),
    ).toEqual(destinations.map((r) => r.iso2).sort());
    expect(destinations).toHaveLength(34);
  });

  it('uses name_id of destinations.csv over i18n: GB "Inggris", FR "Prancis", MV "Maladewa"', () => {
    expect(getCountry('GB')?.name).toEqual({ en: 'United Kingdom', id: 'Inggris' });
    expect(getCountry('FR')?.name.id).toBe('Prancis');
    expect(getCountry('MV')?.name.id).toBe('Maladewa');
    expect(getCountry('GB')?.namesId).toEqual(['Britania Raya']);
  });

  it('overrides untranslated Indonesian names outside destinations.csv: CN "Tiongkok", SE "Swedia"', () => {
    expect(getCountry('CN')?.name.id).toBe('Tiongkok');
    expect(getCountry('SE')?.name.id).toBe('Swedia');
  });

  it('carries UN regions, policy region, schemes and language tests of destinations.csv', () => {
    expect(getCountry('JP')).toMatchObject({
      region: { code: '142', name: 'Asia' },
      subregion: { code: '030', name: 'Eastern Asia' },
      policyRegion: 'East Asia',
      g2g: true,
    });
    expect(getCountry('JP')?.languageReadiness).toMatch(/JLPT/);
    expect(getCountry('TR')?.policyRegion).toBe('Middle East');
    expect(getCountry('ZM')?.subregion).toEqual({ code: '202', name: 'Sub-Saharan Africa' });
    expect(getCountry('KR')?.schemes).toMatch(/EPS/);
  });

  it('leaves region undefined for countries outside destinations.csv (no M49 table in the project)', () => {
    expect(getCountry('BR')?.region).toBeUndefined();
    expect(getCountry('BR')?.name).toEqual({ en: 'Brazil', id: 'Brasil' });
  });

  it('keeps numeric codes with leading zeros and agrees with i18n-iso-countries names', () => {
    expect(getCountry('BN')?.numeric).toBe('096');
    for (const c of countries.filter((x) => !x.pseudo)) {
      const i18nId = (id.countries as Record<string, string | string[]>)[c.iso2];
      expect(c.namesId).toContain(Array.isArray(i18nId) ? i18nId[0] : i18nId);
    }
  });

  it('matches the name_id_i18n column of destinations.csv with i18n-iso-countries', () => {
    for (const row of destinations) expect(getCountry(row.iso2!)?.namesId).toContain(row.name_id_i18n);
  });
});

describe('getCountry', () => {
  it('accepts alpha-2 and alpha-3 codes in any case, and ZZ', () => {
    expect(getCountry(' gb ')?.iso2).toBe('GB');
    expect(getCountry('GBR')?.iso2).toBe('GB');
    expect(getCountry('ZZ')?.name).toEqual({ en: 'Other country', id: 'Negara lain' });
  });

  it('returns undefined for unknown codes and names', () => {
    expect(getCountry('XX')).toBeUndefined();
    expect(getCountry('Japan')).toBeUndefined();
  });
});
