import { readFile } from 'node:fs/promises';
import { interFontFiles } from '@minat/charts/node';

/**
 * `@font-face` rules embedding Inter Regular and Bold (the charts' font) as base64 data URLs, so the
 * report's text and its inline SVG look like the PNGs without any network access.
 *
 * @returns CSS text
 * @example const css = await fontFaceCss(); // '@font-face { font-family: "Inter"; … }'
 */
export async function fontFaceCss(): Promise<string> {
  const files = interFontFiles();
  const rule = async (path: string, weight: number) => {
    const data = (await readFile(path)).toString('base64');
    return `@font-face { font-family: "Inter"; font-weight: ${weight}; font-style: normal; src: url(data:font/ttf;base64,${data}) format("truetype"); }`;
  };
  return `${await rule(files.regular, 400)}\n${await rule(files.bold, 700)}`;
}
