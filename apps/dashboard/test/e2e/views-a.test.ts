import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sex from '../fixtures/views-a/sample-compare-sex.json' with { type: 'json' };
import provinces from '../fixtures/views-a/sample-province-jp-de.json' with { type: 'json' };
import trend from '../fixtures/views-a/sample-trend.json' with { type: 'json' };
import { launchBrowser } from '../helpers/launch-browser.ts';
import { type DashboardPage, openDashboard, renderedSeq, waitForView } from '../helpers/open-dashboard.ts';
import { tableCells, tableColumns } from '../helpers/table-columns.ts';

// Reference values: the CLI on the bundled sample (commands in test/fixtures/views-a/README.md).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Lang = 'en' | 'id';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.x A and AA violations on the page as it is now (ids and first targets). */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe.run;
    const result = await run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
const pct = (x: number, lang: Lang = 'en') =>
  `${(100 * x).toFixed(1).replace('.', lang === 'id' ? ',' : '.')}%`;

/** A number as the data table writes it (en-GB or id-ID grouping and decimal mark), or null for '–'. */
function parse(text: string, lang: Lang): number | null {
  if (text === '–') return null;
  const plain = lang === 'id' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  return Number(plain.replace('−', '-'));
}

/** Opens a chart card's data table (unless open) and returns its rows as column → cell text. */
async function tableOf(card: Locator): Promise<Record<string, string>[]> {
  const toggle = card.locator('button.table-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = card.locator('table');
  const headers = await tableColumns(table);
  const rows = await tableCells(table);
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

function expectNumbers(
  row: Record<string, string>,
  want: Record<string, unknown>,
  columns: string[],
  lang: Lang,
) {
  for (const c of columns) {
    const v = want[c] as number | null;
    const got = parse(row[c] ?? '', lang);
    if (v === null) expect(got, c).toBeNull();
    else expect(got!, c).toBeCloseTo(v, 4);
  }
}

async function expectClean({ foreign, problems, vegaLog }: DashboardPage) {
  expect(foreign).toEqual([]);
  expect(await vegaLog()).toEqual([]);
  expect(problems).toEqual([]);
}

/** The chart of a card drawn: an SVG, or for the heatmap a canvas (VegaChart's CANVAS_CHARTS) not blank. */
async function drawn(card: Locator) {
  await expect(card.locator('.vega-chart').getAttribute('data-rendered')).resolves.toBe('true');
  if ((await card.getAttribute('data-chart')) !== 'heatmap') {
    expect(await card.locator('.vega-chart svg').count()).toBeGreaterThan(0);
    return;
  }
  const inked = await card.locator('.vega-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 && data[i + 3]! > 0) n++;
    return n / (canvas.width * canvas.height);
  });
  // Cells, labels and text darker than the background cover ~15% of it on the sample; blank is 0.
  expect(inked).toBeGreaterThan(0.05);
}

describe('Trends, Origin and Compare on the bundled sample', () => {
  it('trends: lines and ranks across all waves; the data table and the summary are the CLI trend', async () => {
    const dashboard = await openDashboard(browser, 'view=trends&lang=en');
    const { page } = dashboard;
    const trendCard = page.locator('[data-chart=trend]');
    const bumpCard = page.locator('[data-chart=bump]');
    await drawn(trendCard);
    await drawn(bumpCard);
    const names = await bumpCard.locator('svg text').allTextContents();
    expect(names).toContain('Japan');
    await expect(page.locator('.note').first().textContent()).resolves.toBe(
      'Trends span every wave; the wave filter does not apply here.',
    );

    const rows = await tableOf(trendCard);
    expect(rows.length).toBe(trend.waves.length);
    for (const want of trend.waves) {
      const row = rows.find((r) => r['wave'] === want.wave && r['destination'] === want.destination);
      expect(row, `${want.wave} ${want.destination}`).toBeDefined();
      expectNumbers(row!, want, ['estimate', 'se', 'ci_low', 'ci_high', 'n_unweighted'], 'en');
    }
    const jp = trend.rows.find((c) => c.span === 'first-last' && c.destination === 'JP')!;
    const summary = await page.locator('[data-testid=view-summary]').textContent();
    expect(summary).toContain(
      `From 2023 to 2026, Japan rose most: from ${pct(jp.from_estimate!)} to ${pct(jp.to_estimate!)} (+${(100 * jp.change!).toFixed(1)} points, significant, p < 0.05).`,
    );
    await expectClean(dashboard);
  });

  it('origin: the province map of the leading destination and the heatmap; the map table is the CLI shares', async () => {
    const dashboard = await openDashboard(browser, 'view=origin&lang=en');
    const { page } = dashboard;
    const map = page.locator('[data-chart=province-map]');
    await drawn(map);
    await drawn(page.locator('[data-chart=heatmap]'));
    expect((await map.locator('svg text').allTextContents()).join(' ')).toContain(
      'Share choosing Japan, by province of origin',
    );
    const rows = await tableOf(map);
    const jp = provinces.filter((r) => r.destination === 'JP');
    expect(rows.length).toBe(jp.length);
    for (const want of jp) {
      const row = rows.find((r) => r['province'] === want.province)!;
      expect(row['destination']).toBe('JP');
      expectNumbers(row, want, ['estimate', 'se', 'ci_low', 'ci_high', 'n_unweighted'], 'en');
    }
    await expectClean(dashboard);
  });

  it('origin: the destination select maps Germany, and the URL keeps the choice', async () => {
    const dashboard = await openDashboard(browser, 'view=origin&lang=en');
    const { page } = dashboard;
    const select = page.getByLabel('Destination on the map', { exact: true });
    // The select lists the destinations of the view's payload: ViewPanel must pass it to the controls.
    expect(await select.count(), 'destination select shown').toBe(1);
    await expect(select.inputValue()).resolves.toBe('');
    const seq = await renderedSeq(page);
    await select.selectOption('DE');
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('map')).toBe('DE');
    const map = page.locator('[data-chart=province-map]');
    expect((await map.locator('svg text').allTextContents()).join(' ')).toContain(
      'Share choosing Germany, by province of origin',
    );
    const rows = await tableOf(map);
    for (const want of provinces.filter((r) => r.destination === 'DE')) {
      const row = rows.find((r) => r['province'] === want.province)!;
      expectNumbers(row, want, ['estimate', 'ci_low', 'ci_high'], 'en');
    }
    await expectClean(dashboard);
  });

  it('compare: Female against Male by default (the CLI comparison); two waves by keyboard (the CLI changes)', async () => {
    const dashboard = await openDashboard(browser, 'view=compare&lang=en');
    const { page } = dashboard;
    await expect(page.getByLabel('Grouping', { exact: true }).inputValue()).resolves.toBe('sex');
    await expect(page.getByLabel('Reference', { exact: true }).inputValue()).resolves.toBe('M');
    await expect(page.getByLabel('Compared with it', { exact: true }).inputValue()).resolves.toBe('F');
    const card = page.locator('[data-chart=comparison]');
    await drawn(card);
    const columns = [
      'group_estimate',
      'reference_estimate',
      'difference',
      'se',
      'ci_low',
      'ci_high',
      'p_value',
    ];
    let rows = await tableOf(card);
    expect(rows.length).toBe(sex.rows.length);
    for (const want of sex.rows) {
      const row = rows.find((r) => r['destination'] === want.destination)!;
      expect([row['group'], row['reference']]).toEqual(['F', 'M']);
      expectNumbers(row, want, columns, 'en');
    }
    const kr = sex.rows.find((r) => r.destination === 'KR')!;
    await expect(page.locator('[data-testid=view-summary]').textContent()).resolves.toContain(
      `The largest significant difference is for South Korea: ${pct(kr.group_estimate!)} among Female against ${pct(kr.reference_estimate!)} among Male`,
    );

    // Keyboard: the arrow key moves the mode radio from "Two groups" to "Two waves".
    const seq = await renderedSeq(page);
    await page.getByRole('radio', { name: 'Two groups' }).focus();
    await page.keyboard.press('ArrowRight');
    await waitForView(page, seq);
    await expect(page.getByRole('radio', { name: 'Two waves' }).isChecked()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('cmp')).toBe('waves');
    await expect(page.getByLabel('Earlier wave', { exact: true }).inputValue()).resolves.toBe('2025');
    await expect(page.getByLabel('Later wave', { exact: true }).inputValue()).resolves.toBe('2026');
    rows = await tableOf(page.locator('[data-chart=comparison]'));
    const changes = trend.rows.filter((c) => c.from_wave === '2025' && c.to_wave === '2026');
    expect(rows.length).toBe(changes.length);
    for (const want of changes) {
      const row = rows.find((r) => r['destination'] === want.destination)!;
      expect([row['group'], row['reference']]).toEqual(['2026', '2025']);
      expectNumbers(
        row,
        {
          group_estimate: want.to_estimate,
          reference_estimate: want.from_estimate,
          difference: want.change,
          se: want.se,
          ci_low: want.ci_low,
          ci_high: want.ci_high,
          p_value: want.p_value,
        },
        columns,
        'en',
      );
    }
    await expectClean(dashboard);
  });

  it('compare in Indonesian: labels, summary and data table with decimal commas', async () => {
    const dashboard = await openDashboard(browser, 'view=compare&lang=id');
    const { page } = dashboard;
    await expect(page.getByRole('radio', { name: 'Dua kelompok' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Pengelompokan', { exact: true }).inputValue()).resolves.toBe('sex');
    const card = page.locator('[data-chart=comparison]');
    await drawn(card);
    const labels = (await card.locator('svg text').allTextContents()).join(' ');
    expect(labels).toContain('Perempuan dibandingkan dengan Laki-laki');
    expect(labels).toContain('Korea Selatan');
    const kr = sex.rows.find((r) => r.destination === 'KR')!;
    await expect(page.locator('[data-testid=view-summary]').textContent()).resolves.toContain(
      `Selisih nyata terbesar ada pada Korea Selatan: ${pct(kr.group_estimate!, 'id')} di antara Perempuan dibandingkan ${pct(kr.reference_estimate!, 'id')} di antara Laki-laki`,
    );
    const rows = await tableOf(card);
    const row = rows.find((r) => r['destination'] === 'KR')!;
    expect(row['difference']).toMatch(/^-0,\d{4}$/);
    expectNumbers(row, kr, ['group_estimate', 'reference_estimate', 'difference', 'se'], 'id');
    await expectClean(dashboard);
  });

  for (const view of ['trends', 'origin', 'compare'] as const) {
    it(`${view} in Indonesian has no WCAG 2.1 A/AA violations (controls, notes and charts)`, async () => {
      const { page } = await openDashboard(browser, `view=${view}&lang=id`, { bypassCSP: true });
      expect(await axe(page)).toEqual([]);
    });
  }
});
