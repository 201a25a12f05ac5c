import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { countries } from '../../src/reference/countries.ts';
import { countryNameIndex } from '../../src/reference/country-name-index.ts';
import { createDestinationMatcher } from '../../src/reference/create-destination-matcher.ts';
import { foldText } from '../../src/reference/fold-text.ts';

const destinations = parse(
  readFileSync(new URL('../../../../data/reference/destinations.csv', import.meta.url), 'utf8'),
  { columns: true, bom: true },
) as Record<string, string>[];
const match = createDestinationMatcher();
const country = (code: string) => ({ kind: 'country', code });

describe('createDestinationMatcher() on everyday answers', () => {
  it.each([
    ['  korsel ', 'KR'],
    ['Korea Selatan', 'KR'],
    ['KOREA-SELATAN', 'KR'],
    ['Korea', 'KR'],
    ['Hongkong', 'HK'],
    ['Hong Kong', 'HK'],
    ['UEA', 'AE'],
    ['Dubai', 'AE'],
    ['Arab Saudi', 'SA'],
    ['Jepang', 'JP'],
    ['Germany', 'DE'],
    ['Prancis', 'FR'],
    ['Perancis', 'FR'],
    ['UK', 'GB'],
    ['Inggris', 'GB'],
    ['Taipei', 'TW'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Tiongkok', 'CN'],
    ['China', 'CN'],
    ['Amerika', 'US'],
    ['Sabah', 'MY'],
    ['Norwegia', 'NO'],
    ['Namibia', 'NA'],
  ])('%j → %s', (value, code) => {
    expect(match(value)).toEqual(country(code));
  });

  it('matches ISO alpha-2 codes case-insensitively and alpha-3 codes: "jp", "JP", "jpn", "KOR"', () => {
    expect([match('jp'), match('JP'), match('jpn'), match('KOR')]).toEqual([
      country('JP'),
      country('JP'),
      country('JP'),
      country('KR'),
    ]);
  });

  it.each(['Lainnya', 'Negara lain', 'Lain-lain', 'Other', 'Others', 'Other country', 'ZZ'])(
    '%j → other (ZZ)',
    (v) => {
      expect(match(v)).toEqual({ kind: 'other', code: 'ZZ' });
    },
  );

  it.each([
    '',
    '   ',
    '-',
    '--',
    'n/a',
    'NA',
    'N/A',
    'null',
    'Tidak tahu',
    'Tidak menjawab',
    'Tidak ada',
    "Don't know",
    'No answer',
    'Belum tahu',
  ])('%j → missing', (v) => {
    expect(match(v)).toEqual({ kind: 'missing' });
  });

  it('"Jepamg" → unknown, suggesting "Jepang (JP)"', () => {
    const m = match('Jepamg');
    expect(m.kind).toBe('unknown');
    expect(m.kind === 'unknown' && m.suggestions).toContain('Jepang (JP)');
  });

  it('does not match "AS" (Amerika Serikat or American Samoa?) but suggests both', () => {
    expect(match('AS')).toEqual({
      kind: 'unknown',
      suggestions: ['Amerika Serikat (US)', 'Samoa Amerika (AS)'],
    });
  });

  it('does not match "Arab" (any Arab country) but suggests Saudi Arabia and the UAE', () => {
    expect(match('Arab')).toEqual({
      kind: 'unknown',
      suggestions: ['Arab Saudi (SA)', 'Uni Emirat Arab (AE)'],
    });
  });

  it('does not match "Congo" (CG or CD) and suggests both', () => {
    const m = match('Congo');
    expect(m.kind === 'unknown' && m.suggestions.slice(0, 2).sort()).toEqual([
      'Kongo (CG)',
      'Republik Demokratik Kongo (CD)',
    ]);
  });

  it('returns no suggestions when nothing is close: "xyzzy"', () => {
    expect(match('xyzzy')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('returns the same result object for a repeated value (cached)', () => {
    expect(match('Jepang')).toBe(match('Jepang'));
    expect(match('Jepamg')).toBe(match('Jepamg'));
  });
});

describe('createDestinationMatcher(options)', () => {
  it('matches codebook values first: {code: "KR", values: ["kr_s"]}, {code: "jp", values: ["jp"]}', () => {
    const m = createDestinationMatcher({ codes: [{ code: 'KR', values: ['kr_s'] }, { code: 'jp' }] });
    expect([m('kr_s'), m('jp'), m('KR S')]).toEqual([country('KR'), country('JP'), country('KR')]);
  });

  it('lets a codebook re-enable "AS", "NA" and map a value to ZZ', () => {
    const m = createDestinationMatcher({
      codes: [{ code: 'US', values: ['AS'] }, { code: 'NA' }, { code: 'ZZ', values: ['lain'] }],
    });
    expect([m('AS'), m('NA'), m('lain')]).toEqual([
      country('US'),
      country('NA'),
      { kind: 'other', code: 'ZZ' },
    ]);
  });

  it('matches codebook labels and suggests codebook values', () => {
    const m = createDestinationMatcher({
      codes: [{ code: 'TW', values: ['tw_x'], label: { en: 'Formosa Isl', id: 'Pulau Formosa' } }],
    });
    expect(m('pulau formosa')).toEqual(country('TW'));
    expect(m('tw_xx')).toEqual({ kind: 'unknown', suggestions: ['Taiwan (TW)'] });
  });

  it('adds survey-specific other and noAnswer values', () => {
    const m = createDestinationMatcher({
      other: ['negara lain-lain', 'Jerman'],
      noAnswer: ['tdk tahu', '99'],
    });
    expect([m('Negara Lain Lain'), m('Jerman'), m('TDK TAHU'), m('99')]).toEqual([
      { kind: 'other', code: 'ZZ' },
      { kind: 'other', code: 'ZZ' },
      { kind: 'missing' },
      { kind: 'missing' },
    ]);
  });

  it('throws option-invalid for a codebook code that is not ISO alpha-2', () => {
    expect(() => createDestinationMatcher({ codes: [{ code: 'JPN' }] })).toThrow(MinatError);
    expect(() => createDestinationMatcher({ codes: [{ code: 'XX' }] })).toThrow(
      /not an ISO 3166-1 alpha-2 code/,
    );
  });

  it('throws option-invalid for a value given for two codes, or in both other and noAnswer', () => {
    const twice = () =>
      createDestinationMatcher({
        codes: [
          { code: 'JP', values: ['a1'] },
          { code: 'KR', values: ['A-1'] },
        ],
      });
    expect(twice).toThrow(/"A-1" is given for both JP and KR/);
    expect(() => createDestinationMatcher({ other: ['x'], noAnswer: ['X'] })).toThrow(
      /both "other" and "noAnswer"/,
    );
  });
});

describe('createDestinationMatcher() over all reference data', () => {
  it('resolves every name_en, name_id and alias of destinations.csv to its own row', () => {
    const wrong: string[] = [];
    for (const row of destinations) {
      for (const v of [row.name_en!, row.name_id!, row.name_id_i18n!, ...row.aliases_id!.split('|')]) {
        const m = match(v);
        if (m.kind !== 'country' || m.code !== row.iso2)
          wrong.push(`${v} → ${JSON.stringify(m)} (row ${row.iso2})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds no alias of destinations.csv claimed by two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const row of destinations) {
      for (const alias of [row.name_en!, row.name_id!, ...row.aliases_id!.split('|')]) {
        const key = foldText(alias);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== row.iso2) clashes.push(`${alias}: ${prev} and ${row.iso2}`);
        owner.set(key, row.iso2!);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists exactly these ambiguous (unmatched) keys: Arab, AS, NO, NA, Congo', () => {
    expect(Object.fromEntries(countryNameIndex().ambiguous)).toEqual({
      arab: ['SA', 'AE'],
      as: ['US', 'AS'],
      no: ['NO'],
      na: ['NA'],
      congo: ['CD', 'CG'],
    });
  });

  it('resolves every country by alpha-3 code, English and Indonesian display name', () => {
    const wrong: string[] = [];
    for (const c of countries.filter((x) => !x.pseudo)) {
      for (const v of [c.iso3, c.name.en, c.name.id]) {
        const m = match(v);
        if (m.kind !== 'country' || m.code !== c.iso2) wrong.push(`${v} → ${JSON.stringify(m)} (${c.iso2})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves every alpha-2 code except AS, NO and NA (NA is a no-answer)', () => {
    const unmatched = countries.filter((c) => !c.pseudo && match(c.iso2.toLowerCase()).kind !== 'country');
    expect(unmatched.map((c) => c.iso2)).toEqual(['AS', 'NA', 'NO']);
  });
});
