import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber, formatPercent, formatPoints } from '../../src/index.ts';

describe('number formats', () => {
  it('formatNumber(10296.5, lang, 1) groups thousands: 10,296.5 (en), 10.296,5 (id)', () => {
    expect(formatNumber(10296.5, 'en', 1)).toBe('10,296.5');
    expect(formatNumber(10296.5, 'id', 1)).toBe('10.296,5');
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
    expect(formatNumber(999, 'en')).toBe('999');
  });

  it('formatNumber writes a true minus and no negative zero', () => {
    expect(formatNumber(-1234.56, 'id', 1)).toBe('\u22121.234,6');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
  });

  it('formatPercent(0.28722, lang) gives 28.7% (en) and 28,7% (id)', () => {
    expect(formatPercent(0.28722, 'en')).toBe('28.7%');
    expect(formatPercent(0.28722, 'id')).toBe('28,7%');
    expect(formatPercent(0.5, 'id', 0)).toBe('50%');
  });

  it('formatInterval(0.2703, 0.3047, lang) gives 27.0–30.5% (en) and 27,0–30,5% (id)', () => {
    expect(formatInterval(0.2703, 0.3047, 'en')).toBe('27.0–30.5%');
    expect(formatInterval(0.2703, 0.3047, 'id')).toBe('27,0–30,5%');
  });

  it('formatPoints signs differences in points and leaves a rounded zero unsigned', () => {
    expect(formatPoints(0.0431, 'en')).toBe('+4.3');
    expect(formatPoints(-0.101, 'id')).toBe('\u221210,1');
    expect(formatPoints(0.0001, 'en')).toBe('0.0');
  });
});
