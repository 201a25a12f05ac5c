import { describe, expect, it } from 'vitest';
import { joinNames } from '../../../src/worker/analyses/join-names.ts';

describe('joinNames', () => {
  it('joins none, one, two and three names with "and" / "dan"', () => {
    expect(joinNames([], 'en')).toBe('');
    expect(joinNames(['Japan'], 'en')).toBe('Japan');
    expect(joinNames(['Japan', 'Germany'], 'en')).toBe('Japan and Germany');
    expect(joinNames(['2023', '2024', '2025'], 'id')).toBe('2023, 2024 dan 2025');
  });
});
