/** Kerning between two glyphs, in font units (negative pulls them together). */
export type PairKerning = (left: number, right: number) => number;

/**
 * Reads the pair kerning a shaper (resvg's rustybuzz, HarfBuzz) applies from a TrueType/OpenType file:
 * every lookup of the GPOS `kern` feature, pair adjustment (type 2) subtables in format 1 (glyph pairs)
 * and 2 (class pairs), also when wrapped in extension lookups (type 9). opentype.js 2 cannot read
 * extension lookups, and Inter keeps most of its class kerning in one, so this reads the bytes itself.
 *
 * @param font - the whole font file
 * @returns a function giving the summed `xAdvance` adjustment of each lookup for a glyph pair; 0 when the
 *   font has no GPOS table
 * @example
 * ```ts
 * const kern = pairKerning(readFileSync(interRegularPath));
 * kern(glyphIndexOf('T'), glyphIndexOf('o')); // -> a negative number of font units
 * ```
 */
export function pairKerning(font: Uint8Array): PairKerning {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const u16 = (at: number) => view.getUint16(at);
  const gpos = tableOffset(view, 'GPOS');
  if (gpos === undefined) return () => 0;
  const lookups = kernLookupIndexes(view, gpos);
  const lookupList = gpos + u16(gpos + 8);
  const perLookup = lookups.map((index) => {
    const lookup = lookupList + u16(lookupList + 2 + 2 * index);
    const type = u16(lookup);
    const subtables: number[] = [];
    for (let s = 0; s < u16(lookup + 4); s++) {
      const at = lookup + u16(lookup + 6 + 2 * s);
      if (type === 2) subtables.push(at);
      else if (type === 9 && u16(at + 2) === 2) subtables.push(at + view.getUint32(at + 4));
    }
    return subtables;
  });
  return (left, right) => {
    let total = 0;
    for (const subtables of perLookup) {
      for (const subtable of subtables) {
        const value = pairValue(view, subtable, left, right);
        if (value !== undefined) {
          total += value;
          break;
        }
      }
    }
    return total;
  };
}

function tableOffset(view: DataView, tag: string): number | undefined {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (name === tag) return view.getUint32(record + 8);
  }
  return undefined;
}

/** Lookup indexes of every `kern` feature, ascending (the order a shaper applies them in). */
function kernLookupIndexes(view: DataView, gpos: number): number[] {
  const featureList = gpos + view.getUint16(gpos + 6);
  const indexes = new Set<number>();
  for (let f = 0; f < view.getUint16(featureList); f++) {
    const record = featureList + 2 + 6 * f;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (tag !== 'kern') continue;
    const feature = featureList + view.getUint16(record + 4);
    for (let l = 0; l < view.getUint16(feature + 2); l++) indexes.add(view.getUint16(feature + 4 + 2 * l));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** The pair's adjustment from one PairPos subtable, or undefined when the subtable does not apply. */
function pairValue(view: DataView, at: number, left: number, right: number): number | undefined {
  const u16 = (o: number) => view.getUint16(o);
  const coverageIndex = coverage(view, at + u16(at + 2), left);
  if (coverageIndex < 0) return undefined;
  const format1 = u16(at + 4);
  const format2 = u16(at + 6);
  const size1 = valueRecordSize(format1);
  const size2 = valueRecordSize(format2);
  const advance = (record: number) =>
    xAdvance(view, record, format1) + xAdvance(view, record + size1, format2);
  if (u16(at) === 1) {
    const pairSet = at + u16(at + 10 + 2 * coverageIndex);
    const stride = 2 + size1 + size2;
    for (let p = 0; p < u16(pairSet); p++) {
      const record = pairSet + 2 + stride * p;
      if (u16(record) === right) return advance(record + 2);
    }
    return undefined;
  }
  const class1 = classOf(view, at + u16(at + 8), left);
  const class2 = classOf(view, at + u16(at + 10), right);
  const class2Count = u16(at + 14);
  if (class1 >= u16(at + 12) || class2 >= class2Count) return undefined;
  return advance(at + 16 + (class1 * class2Count + class2) * (size1 + size2));
}

function valueRecordSize(format: number): number {
  let size = 0;
  for (let bit = format; bit; bit >>= 1) size += (bit & 1) * 2;
  return size;
}

function xAdvance(view: DataView, record: number, format: number): number {
  if (!(format & 0x4)) return 0;
  const before = valueRecordSize(format & 0x3);
  return view.getInt16(record + before);
}

function coverage(view: DataView, at: number, glyph: number): number {
  const u16 = (o: number) => view.getUint16(o);
  const count = u16(at + 2);
  if (u16(at) === 1) {
    for (let i = 0; i < count; i++) if (u16(at + 4 + 2 * i) === glyph) return i;
    return -1;
  }
  for (let i = 0; i < count; i++) {
    const range = at + 4 + 6 * i;
    if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4) + glyph - u16(range);
  }
  return -1;
}

function classOf(view: DataView, at: number, glyph: number): number {
  const u16 = (o: number) => view.getUint16(o);
  if (u16(at) === 1) {
    const start = u16(at + 2);
    const index = glyph - start;
    return index >= 0 && index < u16(at + 4) ? u16(at + 6 + 2 * index) : 0;
  }
  for (let i = 0; i < u16(at + 2); i++) {
    const range = at + 4 + 6 * i;
    if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4);
  }
  return 0;
}
