import { message, messageCodes } from '@minat/core';
import { describe, expect, it } from 'vitest';

describe('message', () => {
  it('has an English and a different Indonesian text for every code', () => {
    const params = {
      value: 'v',
      count: 2,
      read: 3,
      found: 4,
      expected: 5,
      role: 'r',
      file: 'f',
      column: 'c',
      rows: '2',
      strata: 's',
      suggestions: 'x',
      detail: 'd',
    };
    for (const code of messageCodes) {
      const en = message(code, params, 'en');
      const id = message(code, params, 'id');
      expect(en.length, code).toBeGreaterThan(0);
      expect(id, code).not.toBe(en);
    }
  });

  it('message("weight-negative", { value: "-1" }) reads weight "-1" is negative', () => {
    expect(message('weight-negative', { value: '-1' })).toBe('weight "-1" is negative');
    expect(message('weight-negative', { value: '-1' }, 'id')).toBe('bobot "-1" bernilai negatif');
  });
});
