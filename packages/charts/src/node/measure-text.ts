import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'opentype.js';
import { interFontFiles } from './inter-font-files.ts';
import { type PairKerning, pairKerning } from './pair-kerning.ts';

interface Face {
  font: Font;
  kern: PairKerning;
}

let faces: { regular: Face; bold: Face } | undefined;
const emWidths = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/**
 * Width of a line of text drawn in Inter, as resvg draws it: glyph advances from the font's `hmtx`
 * plus the GPOS pair kerning, read from the same TTF files resvg is given. Weights of 600 and above
 * (and `bold`) use Inter Bold, lighter ones Inter Regular, the faces CSS font matching picks from the two.
 *
 * @param text - one line of text (not trimmed; vega trims before it measures)
 * @param fontSize - font size in pixels
 * @param fontWeight - a CSS weight (`400`, `'bold'`, `'normal'`); default `'normal'`
 * @returns the advance width in pixels
 * @example
 * ```ts
 * measureText('Korea Selatan', 11); // -> 70.58…, where vega's estimate says 114
 * ```
 */
export function measureText(text: string, fontSize: number, fontWeight: string | number = 'normal'): number {
  if (!text || !(fontSize > 0)) return 0;
  const bold = isBold(fontWeight);
  const key = (bold ? 'b' : 'r') + text;
  let em = emWidths.get(key);
  if (em === undefined) {
    const loaded = loadFaces();
    em = emWidth(bold ? loaded.bold : loaded.regular, text);
    if (emWidths.size >= CACHE_LIMIT) emWidths.clear();
    emWidths.set(key, em);
  }
  return em * fontSize;
}

function isBold(weight: string | number): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = Number(weight);
  return Number.isFinite(numeric) && numeric >= 600;
}

function emWidth(face: Face, text: string): number {
  let units = 0;
  let previous: number | undefined;
  for (const char of text) {
    const glyph = face.font.charToGlyph(char);
    units += glyph.advanceWidth ?? 0;
    if (previous !== undefined) units += face.kern(previous, glyph.index);
    previous = glyph.index;
  }
  return units / face.font.unitsPerEm;
}

function loadFaces(): { regular: Face; bold: Face } {
  if (!faces) {
    // opentype.js ships CommonJS for Node whose named exports Node cannot detect, so load it with require.
    const opentype: typeof import('opentype.js') = createRequire(import.meta.url)('opentype.js');
    const load = (path: string): Face => {
      const bytes = readFileSync(path);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return { font: opentype.parse(buffer), kern: pairKerning(new Uint8Array(buffer)) };
    };
    const files = interFontFiles();
    faces = { regular: load(files.regular), bold: load(files.bold) };
  }
  return faces;
}
