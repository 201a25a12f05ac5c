import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { createProvinceMatcher } from '../../src/reference/create-province-matcher.ts';
import { provinces } from '../../src/reference/provinces.ts';

const match = createProvinceMatcher();
const province = (code: string) => ({ kind: 'province', code });

describe('createProvinceMatcher() round trips', () => {
  it.each(provinces.map((p) => [p.bpsCode, p.name.id, p] as const))(
    '%s %s: BPS code, ISO code, names and every alias give the BPS code',
    (code, _name, p) => {
      const values = [
        p.bpsCode,
        p.iso3166_2,
        p.iso3166_2.toLowerCase(),
        p.iso3166_2.slice(3),
        p.name.id,
        p.name.en,
        p.name.id.toUpperCase(),
        `Provinsi ${p.name.id}`,
        `Prov. ${p.name.id}`,
        `${p.name.en} Province`,
        ...p.aliases,
      ];
      for (const v of values) expect([v, match(v)]).toEqual([v, province(code)]);
    },
  );
});

describe('createProvinceMatcher() on everyday answers', () => {
  it.each([
    ['Jatim', '35'],
    ['NTB', '52'],
    ['DKI', '31'],
    ['DIY', '34'],
    ['Jabar', '32'],
    ['Kaltim', '64'],
    ['Sulsel', '73'],
    ['Prov. Jawa Timur', '35'],
    ['Provinsi Jawa Timur', '35'],
    ['Propinsi Jawa Timur', '35'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['Daerah Khusus Jakarta', '31'],
    ['Daerah Khusus Ibukota Jakarta', '31'],
    ['Yogyakarta', '34'],
    ['DI Yogyakarta', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Daerah Istimewa Yogyakarta', '34'],
    ['Bangka Belitung', '19'],
    ['Bangka-Belitung', '19'],
    ['Kep. Riau', '21'],
    ['Kep Bangka Belitung', '19'],
    ['Sumatra Utara', '12'],
    ['Riau', '14'],
    ['ID-JI', '35'],
    ['id ji', '35'],
    ['JI', '35'],
  ])('%j → %s', (value, code) => {
    expect(match(value)).toEqual(province(code));
  });

  it('reads two-digit numbers, also spreadsheet floats, as BPS codes: "35", " 35 ", "35.0"', () => {
    expect([match('35'), match(' 35 '), match('35.0'), match('35.00')]).toEqual([
      province('35'),
      province('35'),
      province('35'),
      province('35'),
    ]);
  });

  it('reads 91 and 94 as BPS codes (Papua Barat, Papua), not as Kemendagri codes', () => {
    expect([match('91'), match('92'), match('94')]).toEqual([province('91'), province('92'), province('94')]);
  });

  it('accepts Kemendagri 93 (not a BPS code) as Papua Selatan, BPS 95', () => {
    expect(match('93')).toEqual(province('95'));
  });

  it('rejects "035", "99" and "35.5" as unknown', () => {
    for (const v of ['035', '99', '35.5']) expect(match(v).kind).toBe('unknown');
  });

  it('treats blanks and no-answers as missing: "", "-", "N/A", "Tidak tahu"', () => {
    for (const v of ['', '-', 'N/A', 'Tidak tahu']) expect(match(v)).toEqual({ kind: 'missing' });
  });

  it('suggests close names for typos: "Jawa Timr" → "Jawa Timur (35)", "Lampong" → "Lampung (18)"', () => {
    expect(match('Jawa Timr')).toEqual({ kind: 'unknown', suggestions: ['Jawa Timur (35)'] });
    expect(match('Lampong')).toEqual({ kind: 'unknown', suggestions: ['Lampung (18)'] });
  });

  it('does not take a bare "Provinsi" for a province', () => {
    expect(match('Provinsi').kind).toBe('unknown');
  });
});

describe('createProvinceMatcher(options)', () => {
  it('matches codebook values first and adds no-answer values', () => {
    const m = createProvinceMatcher({
      codes: [{ code: '35', values: ['jawa_timur', '1'] }],
      noAnswer: ['luar negeri'],
    });
    expect([m('jawa_timur'), m('1'), m('Luar Negeri')]).toEqual([
      province('35'),
      province('35'),
      { kind: 'missing' },
    ]);
  });

  it('throws option-invalid for a codebook code that is not a BPS code', () => {
    expect(() => createProvinceMatcher({ codes: [{ code: 'ID-JI' }] })).toThrow(MinatError);
    expect(() =>
      createProvinceMatcher({
        codes: [
          { code: '35', values: ['x'] },
          { code: '33', values: ['X'] },
        ],
      }),
    ).toThrow(/given for both 35 and 33/);
  });
});
