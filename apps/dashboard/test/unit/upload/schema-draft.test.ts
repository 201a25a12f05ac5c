import { describe, expect, it } from 'vitest';
import {
  columnRoles,
  destinationOf,
  dimensionKey,
  dimensionsOf,
  newDimension,
  roleColumn,
  withDimensionColumn,
  withDimensions,
  withKind,
  withRole,
} from '../../../src/upload/schema-draft.ts';

describe('schema draft editing', () => {
  it('withRole(draft, "weight", "bobot") sets the column; "" removes the role', () => {
    const draft = withRole({ version: 1 }, 'weight', 'bobot');
    expect(draft).toEqual({ version: 1, weight: 'bobot' });
    expect(roleColumn(draft, 'weight')).toBe('bobot');
    expect(withRole(draft, 'weight', '')).toEqual({ version: 1 });
  });

  it('withRole(draft, "province", column) keeps the province label', () => {
    const label = { en: 'Province of origin', id: 'Provinsi asal' };
    const draft = withRole({ province: { column: 'prov', label } }, 'province', 'provinsi');
    expect(draft['province']).toEqual({ column: 'provinsi', label });
    expect(roleColumn(draft, 'province')).toBe('provinsi');
    expect(roleColumn({}, 'province')).toBe('');
  });

  it('withKind keeps key, labels and other values, and carries the columns between single and ranked', () => {
    const single = { kind: 'single' as const, key: 'destination', column: 'dest_1', other: ['ZZ'] };
    const ranked = withKind(single, 'ranked');
    expect(ranked).toEqual({ kind: 'ranked', key: 'destination', columns: ['dest_1'], other: ['ZZ'] });
    expect(withKind({ ...ranked, columns: ['a', 'b'] }, 'single')).toEqual({
      kind: 'single',
      key: 'destination',
      column: 'a',
      other: ['ZZ'],
    });
    expect(withKind(single, 'multi')).toEqual({
      kind: 'multi',
      key: 'destination',
      column: 'dest_1',
      separator: ' ',
      other: ['ZZ'],
    });
    const options = { kind: 'multi' as const, options: [{ code: 'JP', column: 'c/JP' }] };
    expect(withKind(options, 'single')).toEqual({ kind: 'single', column: '' });
  });

  it('destinationOf gives an empty single question when the draft has none', () => {
    expect(destinationOf({})).toEqual({ kind: 'single', column: '' });
    expect(destinationOf({ destination: { kind: 'weird' } })).toEqual({ kind: 'single', column: '' });
  });

  it('withDimensionColumn drops the codebook and bins of the old column, and a label that was its name', () => {
    const coded = {
      key: 'sex',
      column: 'sex',
      label: { en: 'sex', id: 'sex' },
      codes: [{ code: 'F', label: { en: 'F', id: 'F' } }],
    };
    expect(withDimensionColumn(coded, 'gender')).toEqual({
      key: 'sex',
      column: 'gender',
      label: { en: 'gender', id: 'gender' },
    });
    const labelled = {
      key: 'age_group',
      column: 'age',
      label: { en: 'Age group', id: 'Kelompok umur' },
      bins: [],
    };
    expect(withDimensionColumn(labelled, 'umur')).toEqual({
      key: 'age_group',
      column: 'umur',
      label: { en: 'Age group', id: 'Kelompok umur' },
    });
  });

  it('dimensionKey("Responden/Jenis kelamin") is jenis_kelamin, unique among the taken keys', () => {
    expect(dimensionKey('Responden/Jenis kelamin', new Set())).toBe('jenis_kelamin');
    expect(dimensionKey('Pendidikan', new Set(['pendidikan']))).toBe('pendidikan_2');
    expect(dimensionKey('2024 status', new Set())).toBe('d_2024_status');
    expect(dimensionKey('???', new Set())).toBe('group');
    expect(newDimension('Umur', new Set())).toEqual({
      key: 'umur',
      column: 'Umur',
      label: { en: 'Umur', id: 'Umur' },
    });
  });

  it('withDimensions([]) removes the dimensions key; dimensionsOf skips malformed entries', () => {
    const draft = withDimensions({ dimensions: [{ key: 'a', column: 'A' }] }, []);
    expect(draft).toEqual({});
    expect(dimensionsOf({ dimensions: [{ key: 'a', column: 'A' }, null, 3, { column: 'x' }] })).toEqual([
      { key: 'a', column: 'A' },
    ]);
  });

  it('columnRoles lists every role a column plays', () => {
    const roles = columnRoles({
      id: 'resp_id',
      weight: 'w',
      strata: 'province',
      psu: 'regency',
      province: { column: 'province' },
      destination: { kind: 'ranked', columns: ['d1', 'd2'] },
      questions: [{ kind: 'multi', key: 'considered', options: [{ code: 'JP', column: 'considered/JP' }] }],
      dimensions: [{ key: 'sex', column: 'sex' }],
      intention: { column: 'intention' },
      readiness: { language: [{ framework: 'JLPT', column: 'jlpt' }], certificate: { column: 'cert' } },
    });
    expect(Object.fromEntries(roles)).toEqual({
      resp_id: ['id'],
      w: ['weight'],
      province: ['strata', 'province'],
      regency: ['psu'],
      d1: ['destination'],
      d2: ['destination'],
      'considered/JP': ['question:considered'],
      sex: ['dimension:sex'],
      intention: ['intention'],
      jlpt: ['readiness'],
      cert: ['readiness'],
    });
  });
});
