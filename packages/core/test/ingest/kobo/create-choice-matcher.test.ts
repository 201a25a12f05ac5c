import { describe, expect, it } from 'vitest';
import { createChoiceMatcher } from '../../../src/ingest/kobo/create-choice-matcher.ts';

const choice = (name: string, en: string, id?: string) => ({ name, labels: { en, ...(id && { id }) } });

describe('createChoiceMatcher', () => {
  it('many(labels where the longest first match leads nowhere) backtracks to a full split', () => {
    const m = createChoiceMatcher([choice('ab', 'A B'), choice('bc', 'B C'), choice('a', 'A')]);
    expect(m.many('A B C')).toEqual({ kind: 'names', names: ['a', 'bc'] });
    expect(m.many('A B')).toEqual({ kind: 'names', names: ['ab'] });
  });

  it('many(names only) keeps the cell; many(mixed names and labels) maps all', () => {
    const m = createChoiceMatcher([
      choice('JP', 'Japan', 'Jepang'),
      choice('SA', 'Saudi Arabia', 'Arab Saudi'),
    ]);
    expect(m.many(' JP  SA ')).toEqual({ kind: 'keep' });
    expect(m.many('JP Arab Saudi')).toEqual({ kind: 'names', names: ['JP', 'SA'] });
    expect(m.many('JP Malaysia')).toEqual({ kind: 'unknown' });
  });

  it('one(label shared by two choices) is ambiguous; the preferred language decides a clash between languages', () => {
    const m = createChoiceMatcher([choice('x', 'Other', 'Lain'), choice('y', 'Other', 'Lainnya')]);
    expect(m.one('other')).toEqual({ kind: 'ambiguous', names: ['x', 'y'] });
    const clash = [choice('a', 'Kota', 'Desa'), choice('b', 'Desa', 'Kota')];
    expect(createChoiceMatcher(clash, 'id').one('Kota')).toEqual({ kind: 'names', names: ['b'] });
    expect(createChoiceMatcher(clash, 'en').one('Kota')).toEqual({ kind: 'names', names: ['a'] });
  });

  it('one(blank, name, name in other case) keeps blank and names, maps the other case', () => {
    const m = createChoiceMatcher([choice('JP', 'Japan')]);
    expect(m.one('  ')).toEqual({ kind: 'keep' });
    expect(m.one('JP')).toEqual({ kind: 'keep' });
    expect(m.one('jp')).toEqual({ kind: 'names', names: ['JP'] });
    expect(m.one('JAPAN ')).toEqual({ kind: 'names', names: ['JP'] });
  });
});
