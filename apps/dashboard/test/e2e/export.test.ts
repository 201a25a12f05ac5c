import { readFile } from 'node:fs/promises';
import { readTable } from '@minat/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard } from '../helpers/open-dashboard.ts';
import { tableCells, tableColumns } from '../helpers/table-columns.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function save(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Decodes an image in the browser; returns its size and how many distinct colours a sample of its pixels has. */
function decode(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ({ b64, type }) => {
      const blob = await (await fetch(`data:${type};base64,${b64}`)).blob();
      const url = URL.createObjectURL(blob);
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
    },
    { b64: bytes.toString('base64'), type },
  );
}

describe('chart exports', () => {
  it('PNG and SVG are valid images of the chart, the CSV matches the data table, the spec is Vega-Lite', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser, 'lang=en');
    const card = page.locator('[data-chart=ranking]');

    const png = await save(page, () => card.locator('[data-action=png]').click());
    expect(png.name).toBe('minat-ranking-2026-en-ranking.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const pngImage = await decode(page, png.bytes, 'image/png');
    expect(pngImage.width).toBeGreaterThan(800); // drawn at 2× scale
    expect(pngImage.colours).toBeGreaterThan(3);

    const svg = await save(page, () => card.locator('[data-action=svg]').click());
    expect(svg.name).toBe('minat-ranking-2026-en-ranking.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('Japan');
    const svgImage = await decode(page, svg.bytes, 'image/svg+xml');
    expect(svgImage.width).toBeGreaterThan(400);
    expect(svgImage.colours).toBeGreaterThan(3);

    const spec = JSON.parse(
      (await save(page, () => card.locator('[data-action=spec]').click())).bytes.toString('utf8'),
    );
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(spec.description).toMatch(/Japan/);

    // CSV: every row and value of the data table.
    const csv = await save(page, () => card.locator('[data-action=csv]').click());
    expect(csv.name).toBe('minat-ranking-2026-en-ranking.csv');
    const table = await readTable({ name: csv.name, text: csv.bytes.toString('utf8') });
    await card.locator('.table-toggle').click();
    const headers = await tableColumns(card.locator('table'));
    const shown = await tableCells(card.locator('table'));
    expect(table.headers).toEqual(headers);
    expect(table.rowNumbers.length).toBe(shown.length);
    for (let r = 0; r < shown.length; r++) {
      for (let c = 0; c < headers.length; c++) {
        const cell = table.columns[c]![r]!;
        const displayed = shown[r]![c]!;
        if (displayed === '–') expect(cell).toBe('');
        else if (/^-?[\d,]+(\.\d+)?$/.test(displayed) && cell !== '' && !Number.isNaN(Number(cell)))
          expect(Number(cell)).toBeCloseTo(Number(displayed.replace(/,/g, '')), 4);
        else expect(displayed.replace(/, /g, ';')).toBe(cell);
      }
    }

    // Embed snippet and link.
    await card.locator('[data-action=embed]').click();
    const snippet = await card.locator('.embed-snippet textarea').inputValue();
    expect(snippet).toContain('vegaEmbed(');
    expect(snippet).toContain('"$schema"');

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
