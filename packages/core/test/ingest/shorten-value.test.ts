import { describe, expect, it } from 'vitest';
import { shortenValue } from '../../src/ingest/shorten-value.ts';

describe('shortenValue', () => {
  it('shortenValue keeps short values and shows line breaks as \\n', () => {
    expect(shortenValue('Jawa Barat')).toBe('Jawa Barat');
    expect(shortenValue('a\r\nb\nc')).toBe('a\\nb\\nc');
  });

  it('shortenValue keeps the start and end of a long value around an ellipsis', () => {
    expect(shortenValue('abcdefghijklmnopqrstuvwxyz', 9)).toBe('abcd…wxyz');
    expect(shortenValue('x'.repeat(1000))).toHaveLength(60);
  });
});
