import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/upload/format-bytes.ts';

describe('formatBytes', () => {
  it('formatBytes(lang, n) uses B below 1,024 and one decimal from KB up, with the language’s decimal mark', () => {
    expect(formatBytes('en', 850)).toBe('850 B');
    expect(formatBytes('en', 1536)).toBe('1.5 KB');
    expect(formatBytes('id', 1_572_864)).toBe('1,5 MB');
    expect(formatBytes('en', 3 * 1024 ** 3)).toBe('3.0 GB');
  });
});
