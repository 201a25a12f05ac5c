import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../src/options/cli-usage-error.ts';
import { parseFilter } from '../src/options/parse-filter.ts';

describe('parseFilter', () => {
  it('parseFilter("sex=F;province=35,52") keeps F and provinces 35 and 52', () => {
    expect(parseFilter('sex=F;province=35,52')).toEqual({ sex: ['F'], province: ['35', '52'] });
  });
  it('trims spaces and ignores an empty trailing part', () => {
    expect(parseFilter(' wave = 2026 ; ')).toEqual({ wave: ['2026'] });
    expect(parseFilter(undefined)).toEqual({});
  });
  it('rejects a part without =, without values, or a repeated column, naming it', () => {
    expect(() => parseFilter('sex')).toThrow(CliUsageError);
    expect(() => parseFilter('sex=')).toThrow('"sex="');
    expect(() => parseFilter('sex=F;sex=M')).toThrow('appears twice');
  });
});
