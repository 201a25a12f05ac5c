import { Resvg } from '@resvg/resvg-js';
import { interFontFiles } from '../../src/node/inter-font-files.ts';

const files = interFontFiles();

/**
 * The advance width resvg gives a text, found without knowing it: the same text drawn start-anchored at
 * x = 10 and end-anchored at x = 1000 has identical ink, shifted by 990 − advance.
 */
export function resvgAdvance(text: string, size: number, weight: 400 | 700): number {
  const bboxX = (anchor: string, x: number) => {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="${2 * size}">` +
      `<text x="${x}" y="${1.5 * size}" text-anchor="${anchor}" font-family="Inter" font-weight="${weight}" ` +
      `font-size="${size}">${text}</text></svg>`;
    const bbox = new Resvg(svg, {
      font: { fontFiles: [files.regular, files.bold], loadSystemFonts: false, defaultFontFamily: 'Inter' },
    }).getBBox();
    if (!bbox) throw new Error(`resvg drew nothing for ${text}`);
    return bbox.x;
  };
  return 990 - (bboxX('end', 1000) - bboxX('start', 10));
}
