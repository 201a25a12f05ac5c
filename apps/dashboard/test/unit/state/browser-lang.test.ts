import { describe, expect, it } from 'vitest';
import { browserLang } from '../../../src/state/browser-lang.ts';

describe('browserLang', () => {
  it('picks Indonesian for id, id-ID and the old in code, English otherwise, the first match winning', () => {
    expect(browserLang(['id-ID', 'en-US'])).toBe('id');
    expect(browserLang(['in'])).toBe('id');
    expect(browserLang(['en-GB', 'id'])).toBe('en');
    expect(browserLang(['fr-FR', 'id'])).toBe('id');
    expect(browserLang(['ja'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});
