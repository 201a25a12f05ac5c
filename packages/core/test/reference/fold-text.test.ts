import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/reference/fold-text.ts';

describe('foldText', () => {
  it('folds case, spacing and hyphens: "Korea  Selatan", "korea-selatan", "KOREA SELATAN" → "koreaselatan"', () => {
    for (const v of [
      'Korea  Selatan',
      'korea-selatan',
      'KOREA SELATAN',
      ' Korea_Selatan ',
      'Korea.Selatan',
    ]) {
      expect(foldText(v)).toBe('koreaselatan');
    }
  });

  it('strips accents: "Türkiye" and "Turkiye" fold equal; "Côte d’Ivoire" → "cotedivoire"', () => {
    expect(foldText('Türkiye')).toBe(foldText('Turkiye'));
    expect(foldText('Côte d’Ivoire')).toBe('cotedivoire');
    expect(foldText("Côte d'Ivoire")).toBe('cotedivoire');
  });

  it('maps letters NFKD keeps (ß, ø, æ, ł, ı) and full-width forms', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Føroyar')).toBe('foroyar');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('ＪＰ')).toBe('jp');
    expect(foldText('Kırıkkale')).toBe('kirikkale');
  });

  it('folds values without letters or digits to ""', () => {
    for (const v of ['', '   ', '-', '--', ' . ', '\t\n']) expect(foldText(v)).toBe('');
  });

  it('keeps digits and non-Latin letters: "ID-35" → "id35", "日本" stays', () => {
    expect(foldText('ID-35')).toBe('id35');
    expect(foldText('日本')).toBe('日本');
  });

  it('is idempotent and insensitive to case and added punctuation (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = foldText(s);
        expect(foldText(f)).toBe(f);
        expect(foldText(s.toUpperCase())).toBe(foldText(s.toLowerCase()));
        expect(foldText(` ${s.split('').join('-')} `)).toBe(f);
      }),
    );
  });
});
