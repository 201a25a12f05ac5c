import { describe, expect, it } from 'vitest';
import { validateCsv } from './helpers.ts';

const decode = (levels: string[], codes: Int32Array) => Array.from(codes, (c) => (c < 0 ? null : levels[c]));

describe('validateSurvey with ranked questions', () => {
  const schema = { destination: { kind: 'ranked' as const, columns: ['d1', 'd2', 'd3'] } };

  it('keeps choices in rank order, allows a repeated other country, rejects a repeated country', async () => {
    const csv = ['d1,d2,d3', 'Jepang,Jerman,Korsel', 'Lainnya,Negara lain,', 'JP,Japan,', ',Taiwan,'].join(
      '\n',
    );
    const s = await validateCsv(csv, schema);
    expect(s.accounting.rejected.map((r) => [r.row, r.code, r.column, r.value])).toEqual([
      [4, 'destination-repeated', 'd2', 'JP'],
    ]);
    expect(decode(s.destination.levels, s.destination.slots[0]!)).toEqual(['JP', 'ZZ', null]);
    expect(decode(s.destination.levels, s.destination.slots[1]!)).toEqual(['DE', 'ZZ', 'TW']);
    expect(s.issues.find((i) => i.code === 'ranked-gap')).toMatchObject({ count: 1 });
    expect(s.issues.find((i) => i.code === 'ranked-gap')!.message).toContain('row 5');
  });
});

describe('validateSurvey with multi questions', () => {
  it('splits a space-separated summary column, recognising names with spaces', async () => {
    const csv = [
      'id,considered',
      '1,Jepang Korea Selatan Arab Saudi',
      '2,JP DE',
      '3,',
      '4,Jepang Mordor',
    ].join('\n');
    const s = await validateCsv(csv, { destination: { kind: 'multi', column: 'considered' } });
    expect(s.accounting.rejected.map((r) => [r.row, r.code, r.value])).toEqual([
      [5, 'destination-unknown', 'Mordor'],
    ]);
    const { offsets, codes } = s.destination.sets!;
    const sets = Array.from({ length: s.n }, (_, i) =>
      Array.from(codes.subarray(offsets[i]!, offsets[i + 1]!), (c) => s.destination.levels[c]),
    );
    expect(sets).toEqual([['JP', 'KR', 'SA'], ['JP', 'DE'], []]);
    expect(Array.from(s.destination.answered)).toEqual([1, 1, 0]);
  });

  it('reads one 0/1 column per option, blank meaning unanswered', async () => {
    const csv = ['id,q/JP,q/DE,q/KR', 'a,1,0,1', 'b,,,', 'c,0,0,0', 'd,1,2,0'].join('\n');
    const s = await validateCsv(csv, {
      destination: {
        kind: 'multi',
        options: [
          { code: 'JP', column: 'q/JP' },
          { code: 'DE', column: 'q/DE' },
          { code: 'KR', column: 'q/KR' },
        ],
      },
    });
    expect(s.accounting.rejected.map((r) => [r.row, r.code, r.column, r.value])).toEqual([
      [5, 'option-value-invalid', 'q/DE', '2'],
    ]);
    expect(Array.from(s.destination.answered)).toEqual([1, 0, 1]);
    expect(Array.from(s.destination.sets!.offsets)).toEqual([0, 2, 2, 2]);
  });
});

describe('validateSurvey with dimensions', () => {
  const schema = {
    destination: { kind: 'single' as const, column: 'dest' },
    dimensions: [
      {
        key: 'sex',
        column: 'sex',
        label: { en: 'Sex', id: 'Jenis kelamin' },
        codes: [
          { code: 'M', label: { en: 'Male', id: 'Laki-laki' } },
          { code: 'F', label: { en: 'Female', id: 'Perempuan' } },
        ],
      },
      {
        key: 'age_group',
        column: 'age',
        label: { en: 'Age group', id: 'Kelompok umur' },
        bins: [
          { code: '18-29', label: { en: '18–29', id: '18–29' }, min: 18, max: 29 },
          { code: '30+', label: { en: '30+', id: '30+' }, min: 30 },
        ],
      },
    ],
  };

  it('matches codes by code or label in either language, bins ages, rejects the rest', async () => {
    const csv = [
      'dest,sex,age',
      'JP,perempuan,18',
      'JP,M,30',
      'JP,Male,',
      'JP,X,40',
      'JP,F,17',
      'JP,F,abc',
    ].join('\n');
    const s = await validateCsv(csv, schema);
    expect(s.accounting.rejected.map((r) => [r.row, r.code, r.column, r.value])).toEqual([
      [5, 'code-unknown', 'sex', 'X'],
      [6, 'number-out-of-bins', 'age', '17'],
      [7, 'number-invalid', 'age', 'abc'],
    ]);
    expect(decode(s.dimensions['sex']!.levels, s.dimensions['sex']!.codes)).toEqual(['F', 'M', 'M']);
    expect(decode(s.dimensions['age_group']!.levels, s.dimensions['age_group']!.codes)).toEqual([
      '18-29',
      '30+',
      null,
    ]);
    expect(s.dimensions['sex']!.levels).toEqual(['M', 'F']);
  });
});
