import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../src/format/format-cell.ts';

describe('formatCell', () => {
  it('formats numbers for the language: decimal comma and thousands dot in Indonesian', () => {
    expect(formatCell(0.287217, 'en')).toBe('0.2872');
    expect(formatCell(0.287217, 'id')).toBe('0,2872');
    expect(formatCell(3071262.1385, 'en')).toBe('3,071,262.1385');
    expect(formatCell(3071262.1385, 'id')).toBe('3.071.262,1385');
    expect(formatCell(10296, 'id')).toBe('10.296');
  });

  it('shows missing values as a dash, flags joined, never NaN', () => {
    expect(formatCell(null, 'en')).toBe('–');
    expect(formatCell(undefined, 'en')).toBe('–');
    expect(formatCell([], 'en')).toBe('–');
    expect(formatCell(['cv-high', 'suppressed:numerator'], 'en')).toBe('cv-high, suppressed:numerator');
    expect(formatCell(Number.NaN, 'en')).toBe('NaN');
  });
});
