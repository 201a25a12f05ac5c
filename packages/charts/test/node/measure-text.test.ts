import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/node/measure-text.ts';
import { resvgAdvance } from './resvg-advance.ts';

const SAMPLES = [
  'Korea Selatan',
  'Uni Emirat Arab',
  'Hong Kong (Tiongkok)',
  'Taiwan',
  'AVAWAY To',
  '1.234,5%',
];

describe('measureText', () => {
  it.each(SAMPLES)('measureText(%j, 100) equals the advance resvg draws in Inter Regular', (text) => {
    expect(measureText(text, 100)).toBeCloseTo(resvgAdvance(text, 100, 400), 2);
  });

  it.each(SAMPLES)('measureText(%j, 100, "bold") equals the advance resvg draws in Inter Bold', (text) => {
    expect(measureText(text, 100, 'bold')).toBeCloseTo(resvgAdvance(text, 100, 700), 2);
  });

  it('measureText scales linearly with the font size', () => {
    expect(measureText('Korea Selatan', 22)).toBeCloseTo(2 * measureText('Korea Selatan', 11), 10);
  });

  it('measureText treats weights from 600 up as bold and 500 as regular', () => {
    const regular = measureText('Uni Emirat Arab', 11);
    const bold = measureText('Uni Emirat Arab', 11, 'bold');
    expect(bold).toBeGreaterThan(regular);
    expect(measureText('Uni Emirat Arab', 11, 700)).toBe(bold);
    expect(measureText('Uni Emirat Arab', 11, '600')).toBe(bold);
    expect(measureText('Uni Emirat Arab', 11, 500)).toBe(regular);
    expect(measureText('Uni Emirat Arab', 11, 'normal')).toBe(regular);
  });

  it('measureText returns 0 for empty text and non-positive sizes', () => {
    expect(measureText('', 11)).toBe(0);
    expect(measureText('Malaysia', 0)).toBe(0);
  });
});
