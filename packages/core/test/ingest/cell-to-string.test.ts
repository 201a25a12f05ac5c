import { describe, expect, it } from 'vitest';
import { cellToString } from '../../src/ingest/cell-to-string.ts';

describe('cellToString', () => {
  it('cellToString writes numbers without a trailing .0 and keeps decimals as String(n)', () => {
    expect(cellToString(30)).toBe('30');
    expect(cellToString(30.0)).toBe('30');
    expect(cellToString(0.1)).toBe('0.1');
    expect(cellToString(-2.5)).toBe('-2.5');
    expect(cellToString(1e21)).toBe('1e+21');
  });

  it('cellToString writes booleans, null and undefined', () => {
    expect(cellToString(true)).toBe('true');
    expect(cellToString(false)).toBe('false');
    expect(cellToString(null)).toBe('');
    expect(cellToString(undefined)).toBe('');
  });

  it('cellToString writes dates as ISO yyyy-mm-dd, with the time only when there is one', () => {
    expect(cellToString(new Date(Date.UTC(2024, 0, 15)))).toBe('2024-01-15');
    expect(cellToString(new Date(Date.UTC(1965, 11, 31)))).toBe('1965-12-31');
    expect(cellToString(new Date(Date.UTC(2024, 0, 15, 13, 45)))).toBe('2024-01-15T13:45:00');
    expect(cellToString(new Date(Date.UTC(2024, 0, 15, 13, 45, 1, 500)))).toBe('2024-01-15T13:45:01.500');
    expect(cellToString(new Date(Number.NaN))).toBe('');
  });

  it('cellToString keeps strings as they are and writes objects as JSON', () => {
    expect(cellToString('  a ')).toBe('  a ');
    expect(cellToString({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });
});
