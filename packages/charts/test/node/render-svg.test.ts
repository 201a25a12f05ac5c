import { MinatError } from '@minat/core';
import { describe, expect, it } from 'vitest';
import type { VegaLiteSpec, VegaSpec } from '../../src/node/compile-spec.ts';
import { measureText } from '../../src/node/measure-text.ts';
import { normalizeSvg } from '../../src/node/normalize-svg.ts';
import { renderSvg } from '../../src/node/render-svg.ts';
import { barChartSpec, DESTINATIONS } from './bar-chart-spec.ts';
import { textBoxes } from './text-boxes.ts';

const svgSize = (svg: string) => {
  const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

/** A one-row chart whose only text is an expression over `datum.t`, for random and time checks. */
const textChart = (expr: string): VegaLiteSpec => ({
  data: { values: [{ t: Date.UTC(2024, 0, 1, 0, 0) }] },
  transform: [{ calculate: expr, as: 'label' }],
  mark: 'text',
  encoding: { text: { field: 'label', type: 'nominal' } },
});
const onlyText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('renderSvg', () => {
  it('renderSvg(bar chart) sets every text in Inter', async () => {
    const svg = await renderSvg(barChartSpec);
    const boxes = textBoxes(svg, measureText);
    expect(boxes.length).toBe((svg.match(/<text\b/g) ?? []).length);
    expect(new Set(boxes.map((b) => b.fontFamily))).toEqual(new Set(['Inter']));
  });

  it('renderSvg(bar chart) formats numbers the Indonesian way from config.locale', async () => {
    const texts = onlyText(await renderSvg(barChartSpec));
    expect(texts).toEqual(expect.arrayContaining(['3.750,0', '2.250,0', '1.500,0', '750,0', '35%']));
    expect(texts).toEqual(expect.arrayContaining(DESTINATIONS.map((d) => d.destination)));
  });

  it('renderSvg(bar chart) lays labels out by their Inter widths: the widest starts at the 5 px padding', async () => {
    const svg = await renderSvg(barChartSpec);
    const { width } = svgSize(svg);
    const boxes = textBoxes(svg, measureText).filter((b) => b.opacity > 0);
    const leftmost = boxes.reduce((a, b) => (b.left < a.left ? b : a));
    expect(leftmost.text).toBe('Hong Kong (Tiongkok)');
    // Vega pads bounds by a pixel and rounds the plot's offset up, so the label starts just inside the padding
    // (with vega's estimate of 160 px for this label it would start at 58).
    expect(leftmost.left).toBeGreaterThanOrEqual(5);
    expect(leftmost.left).toBeLessThan(7);
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text).toBeLessThanOrEqual(width);
    }
  });

  it("renderSvg(bar chart) sizes the legend by the widest label's Inter width, not vega's estimate", async () => {
    const svg = await renderSvg(barChartSpec);
    const entryWidths = [
      ...svg.matchAll(/role-legend-entry[\s\S]*?<path class="background"[^>]*d="M0,0h([\d.]+)v/g),
    ];
    const labelX = Number(/role-legend-label[^>]*><text[^>]*transform="translate\(([\d.]+),/.exec(svg)?.[1]);
    const widest = Math.max(...DESTINATIONS.map((d) => measureText(d.destination, 10)));
    const estimate = Math.max(...DESTINATIONS.map((d) => Math.trunc(0.8 * d.destination.length * 10)));
    expect(entryWidths.length).toBeGreaterThan(0);
    expect(Number(/role-legend-entry[\s\S]*?role-scope[\s\S]*?d="M0,0h([\d.]+)v/.exec(svg)?.[1])).toBeCloseTo(
      labelX + widest,
      6,
    );
    expect(labelX + widest).toBeLessThan(labelX + estimate - 40);
  });

  it('renderSvg(spec) gives the same SVG twice', async () => {
    expect(await renderSvg(barChartSpec)).toBe(await renderSvg(barChartSpec));
  });

  it('renderSvg(bar chart) matches its normalised snapshot', async () => {
    await expect(normalizeSvg(await renderSvg(barChartSpec))).toMatchFileSnapshot(
      '__snapshots__/bar-chart.svg',
    );
  });

  it('renderSvg(spec, { seed }) repeats random() for a seed and changes it with the seed', async () => {
    const spec = textChart("format(random(), '.6f')");
    const [first] = onlyText(await renderSvg(spec));
    expect(onlyText(await renderSvg(spec, { seed: 1 }))[0]).toBe(first);
    expect(onlyText(await renderSvg(spec, { seed: 2 }))[0]).not.toBe(first);
    expect(first).toMatch(/^0\.\d{6}$/);
  });

  it('renderSvg(spec) formats local time in UTC unless timeZone says otherwise, and restores TZ', async () => {
    const before = process.env.TZ;
    const spec = textChart("timeFormat(datum.t, '%Y-%m-%d %H:%M')");
    expect(onlyText(await renderSvg(spec))).toEqual(['2024-01-01 00:00']);
    expect(onlyText(await renderSvg(spec, { timeZone: 'Asia/Jakarta' }))).toEqual(['2024-01-01 07:00']);
    expect(onlyText(await renderSvg(spec, { timeZone: 'Asia/Jayapura' }))).toEqual(['2024-01-01 09:00']);
    expect(process.env.TZ).toBe(before);
  });

  it('renderSvg(spec with a Vega-Lite warning) throws MinatError option-invalid naming the warning', async () => {
    const spec: VegaLiteSpec = {
      data: { values: DESTINATIONS },
      mark: 'bar',
      encoding: {
        y: { field: 'destination', type: 'nominal' },
        x: { field: 'share', type: 'quantitative' },
        shape: { field: 'destination', type: 'nominal' },
      },
    };
    const error = await renderSvg(spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MinatError);
    expect((error as MinatError).code).toBe('option-invalid');
    expect((error as MinatError).message).toContain('shape dropped as it is incompatible with "bar".');
    await expect(renderSvg(spec, { allowWarnings: true })).resolves.toContain('Korea Selatan');
  });

  it('renderSvg(spec with data by URL) throws MinatError naming the URL, without fetching it', async () => {
    const spec: VegaLiteSpec = {
      data: { url: 'https://example.org/shares.json' },
      mark: 'bar',
      encoding: { x: { field: 'share', type: 'quantitative' } },
    };
    await expect(renderSvg(spec)).rejects.toThrow(/https:\/\/example\.org\/shares\.json/);
  });

  it('renderSvg(Vega spec) renders it as given, its text in Inter', async () => {
    const spec: VegaSpec = {
      $schema: 'https://vega.github.io/schema/vega/v6.json',
      width: 120,
      height: 20,
      marks: [
        {
          type: 'text',
          encode: { enter: { x: { value: 0 }, y: { value: 12 }, text: { value: 'Arab Saudi' } } },
        },
      ],
    };
    const svg = await renderSvg(spec);
    expect(svg).toContain('font-family="Inter"');
    expect(onlyText(svg)).toEqual(['Arab Saudi']);
  });
});
