import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/node/measure-text.ts';
import { renderPng } from '../../src/node/render-png.ts';
import { renderSvg } from '../../src/node/render-svg.ts';
import { svgToPng } from '../../src/node/svg-to-png.ts';
import { barChartSpec } from './bar-chart-spec.ts';
import { decodePng } from './decode-png.ts';
import { textBoxes } from './text-boxes.ts';

const svgSize = (svg: string) => {
  const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

/** RGBA of one pixel. */
const pixel = (image: ReturnType<typeof decodePng>, x: number, y: number) =>
  Array.from(image.rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('renderPng', () => {
  it('renderPng(spec) writes a PNG twice the size of the SVG by default', async () => {
    const png = await renderPng(barChartSpec);
    expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const { width, height } = svgSize(await renderSvg(barChartSpec));
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([2 * width, 2 * height]);
  });

  it('renderPng(spec, { scale: 1 }) writes a PNG the size of the SVG', async () => {
    const { width, height } = svgSize(await renderSvg(barChartSpec));
    const image = decodePng(await renderPng(barChartSpec, { scale: 1 }));
    expect([image.width, image.height]).toEqual([width, height]);
  });

  it('renderPng(spec) paints the bars and the text: it is not blank', async () => {
    const image = decodePng(await renderPng(barChartSpec));
    expect(pixel(image, 0, 0)).toEqual([255, 255, 255, 255]);
    let notWhite = 0;
    let barBlue = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b] = [image.rgba[i]!, image.rgba[i + 1]!, image.rgba[i + 2]!];
      if (r !== 255 || g !== 255 || b !== 255) notWhite++;
      if (r === 0x4c && g === 0x78 && b === 0xa8) barBlue++;
    }
    expect(notWhite / (image.width * image.height)).toBeGreaterThan(0.05);
    expect(barBlue).toBeGreaterThan(1000);
  });

  it('renderPng(spec) draws every y-axis label in ink with no system fonts, inside its measured box', async () => {
    const svg = await renderSvg(barChartSpec);
    const image = decodePng(svgToPng(svg, 2));
    const labels = textBoxes(svg, measureText).filter((b) => b.right < 115 && b.opacity > 0);
    expect(labels.map((b) => b.text)).toEqual([
      'Malaysia',
      'Korea Selatan',
      'Hong Kong (Tiongkok)',
      'Uni Emirat Arab',
    ]);
    for (const label of labels) {
      // Dark pixels in the label's row, left and right of where Inter says it starts and ends.
      const dark = (x0: number, x1: number) => {
        let n = 0;
        for (let y = Math.round(2 * (label.y - 9)); y <= Math.round(2 * (label.y + 2)); y++) {
          for (let x = Math.max(0, Math.round(x0)); x < Math.round(x1); x++) {
            const [r, g, b] = pixel(image, x, y);
            if (r! < 128 && g! < 128 && b! < 128) n++;
          }
        }
        return n;
      };
      expect(dark(2 * label.left, 2 * label.right), label.text).toBeGreaterThan(50);
      expect(dark(0, 2 * label.left - 1), label.text).toBe(0);
    }
  });

  it('renderPng(spec) gives identical bytes twice', async () => {
    expect(
      Buffer.from(await renderPng(barChartSpec)).equals(Buffer.from(await renderPng(barChartSpec))),
    ).toBe(true);
  });
});
