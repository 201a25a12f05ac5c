import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { interFontFiles } from '../../src/node/inter-font-files.ts';
import { pairKerning } from '../../src/node/pair-kerning.ts';
import { resvgAdvance } from './resvg-advance.ts';

const opentype: typeof import('opentype.js') = createRequire(import.meta.url)('opentype.js');
const bytes = readFileSync(interFontFiles().regular);
const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const kern = pairKerning(new Uint8Array(bytes));
const glyph = (char: string) => font.charToGlyph(char).index;

describe('pairKerning', () => {
  it('pairKerning(Inter) kerns "T" "a" and "A" "V" together and leaves "n" "n" alone', () => {
    expect(kern(glyph('T'), glyph('a'))).toBeLessThan(0);
    expect(kern(glyph('A'), glyph('V'))).toBeLessThan(0);
    expect(kern(glyph('n'), glyph('n'))).toBe(0);
  });

  it.each([
    ['T', 'a'],
    ['A', 'V'],
    ['K', 'o'],
    ['W', 'a'],
    ['1', ','],
  ])(
    'pairKerning(Inter)(%s, %s) is how much closer resvg draws the pair than its letters alone',
    (left, right) => {
      const drawn =
        resvgAdvance(left + right, 100, 400) - resvgAdvance(left, 100, 400) - resvgAdvance(right, 100, 400);
      expect((kern(glyph(left), glyph(right)) * 100) / font.unitsPerEm).toBeCloseTo(drawn, 2);
    },
  );

  it('pairKerning reads the class kerning Inter keeps in an extension lookup (type 9)', () => {
    // opentype.js 2 reports these lookups as unsupported and finds no kerning for "A" "V".
    expect(font.getKerningValue(font.charToGlyph('A'), font.charToGlyph('V'))).toBe(0);
    expect(kern(glyph('A'), glyph('V'))).toBeLessThan(-100);
  });

  it('pairKerning returns 0 for every pair of a font without a GPOS table', () => {
    const noTables = new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(pairKerning(noTables)(36, 57)).toBe(0);
  });
});
