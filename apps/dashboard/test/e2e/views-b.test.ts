import { readFile } from 'node:fs/promises';
import { readTable } from '@minat/core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import estimateByWave from '../fixtures/views-b/estimate-by-wave.json' with { type: 'json' };
import placements from '../fixtures/views-b/placements-2026.json' with { type: 'json' };
import rank from '../fixtures/views-b/rank-2026.json' with { type: 'json' };
import readiness from '../fixtures/views-b/readiness-2026.json' with { type: 'json' };
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard, waitForView } from '../helpers/open-dashboard.ts';
import { tableCells, tableColumns } from '../helpers/table-columns.ts';

// Every number checked here comes from the CLI on the bundled sample, wave 2026; the commands are in
// test/fixtures/views-b/README.md (summarize --analysis readiness|placements, estimate --by wave, rank).

type Row = Record<string, unknown>;
const estimates = (estimateByWave as Row[]).filter((r) => r['wave'] === '2026');
const ranking = rank as Row[];
const names = new Map(placements.rows.map((r) => [r.destination, r.name]));

/** A value as the dashboard's tables write it in English: up to 4 decimals, flags comma-joined, '–' for none. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.join(', ');
  if (typeof value === 'number')
    return new Intl.NumberFormat('en-GB', { maximumFractionDigits: Number.isInteger(value) ? 0 : 4 }).format(
      value,
    );
  return String(value);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Headers (sort marks removed) and cell texts of a table. */
async function readShown(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  const headers = await tableColumns(table);
  const rows = await tableCells(table);
  return { headers, rows };
}

async function save(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Readiness view', () => {
  it('draws the funnel and readiness of wave 2026 with the numbers of the CLI', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser, 'view=readiness&lang=en');
    expect(new URL(page.url()).searchParams.get('f.wave')).toBe('2026');
    const card = page.locator('[data-chart=readiness]');
    const labels = await card.locator('svg text').allTextContents();
    for (const text of ['Japan', 'Germany', 'South Korea', 'Intention stage', 'Readiness'])
      expect(labels).toContain(text);

    const plan = readiness.rows.find((r) => r.destination === 'JP' && r.indicator === 'stage:plan+')!;
    const language = readiness.rows.find((r) => r.destination === 'JP' && r.indicator === 'language')!;
    await expect(page.locator('[data-testid=view-summary]').textContent()).resolves.toBe(
      `Of those whose first choice is Japan, ${pct(plan.estimate!)} (${pct(plan.ci_low!)}–${pct(plan.ci_high!)}) have concrete plans (planning or preparing to go). ` +
        `Of them, ${pct(language.estimate!)} (${pct(language.ci_low!)}–${pct(language.ci_high!)}) meet its language requirement (JLPT N4+ or JFT-Basic A2). ` +
        'Among destinations with a language requirement, it is met least often by those who prefer Germany (12.4%).',
    );

    await card.locator('.table-toggle').click();
    const { headers, rows } = await readShown(card.locator('table'));
    const col = (name: string) => headers.indexOf(name);
    expect(rows.length).toBe(readiness.rows.length);
    for (const want of readiness.rows) {
      const row = rows.find(
        (r) => r[col('destination')] === want.destination && r[col('indicator')] === want.indicator,
      );
      expect(row, `${want.destination} ${want.indicator}`).toBeDefined();
      for (const c of ['estimate', 'se', 'ci_low', 'ci_high', 'n_unweighted', 'flags'] as const)
        expect(row![col(c)], `${want.destination} ${want.indicator} ${c}`).toBe(shown(want[c]));
    }

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('Preference vs placements view', () => {
  it('puts wave 2026 first choices beside 2024 placements, with the CLI numbers and unpublished ones named', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser, 'view=placements&lang=en');
    const card = page.locator('[data-chart=placements]');
    const labels = await card.locator('svg text').allTextContents();
    expect(labels).toContain('Hong Kong');
    expect(labels).toContain('not published');
    const summary = await page.locator('[data-testid=view-summary]').textContent();
    const hk = placements.rows.find((r) => r.destination === 'HK')!;
    expect(summary).toContain(
      `Hong Kong: it received ${pct(hk.placement_share!)} of placements in 2024, but only ${pct(hk.survey_share!)} name it first`,
    );
    const notes = await page.locator('.note').allTextContents();
    expect(notes[0]).toContain('Wave 2026 is compared with 2024 placements');
    const unpublished = placements.rows.filter((r) => r.placement_share === null && r.destination !== 'ZZ');
    for (const r of unpublished) expect(notes[1]).toContain(r.name!);

    await card.locator('.table-toggle').click();
    const { headers, rows } = await readShown(card.locator('table'));
    const col = (name: string) => headers.indexOf(name);
    expect(rows.length).toBe(placements.rows.length);
    for (const want of placements.rows) {
      const row = rows.find((r) => r[col('destination')] === want.destination)!;
      for (const c of [
        'survey_share',
        'placement_share',
        'gap',
        'placement_count',
        'placement_year',
      ] as const)
        expect(row[col(c)], `${want.destination} ${c}`).toBe(shown(want[c]));
    }

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('asks for one wave and lists the years with figures when two waves are filtered', async () => {
    const { page, problems } = await openDashboard(browser, 'view=placements&lang=en&f.wave=2025,2026');
    await expect(page.locator('[data-chart]').count()).resolves.toBe(0);
    const notes = await page.locator('.note').allTextContents();
    expect(notes).toContain(
      'Choose one wave in the filters: the first choices of one wave are compared with the placements of its year.',
    );
    // Years with full-year figures by destination in data/reference/placements.csv.
    expect(notes).toContain(
      'Placement statistics by destination are available for 2016, 2019, 2020, 2021, 2023 and 2024.',
    );
    expect(problems).toEqual([]);
  });
});

describe('Table view', () => {
  it('lists every estimate with the CLI numbers, sorts by a header (kept in the URL) and downloads what it shows', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser, 'view=table&lang=en');
    const table = page.locator('.table-view table');
    const first = await readShown(table);
    const columns = first.headers;
    expect(columns).toEqual([
      'rank',
      'destination',
      'name',
      'estimate',
      'se',
      'ci_low',
      'ci_high',
      'df',
      'deff',
      'n_unweighted',
      'n_weighted',
      'count_unweighted',
      'n_eff',
      'cv',
      'flags',
      'diff_next',
      'diff_next_p',
      'tie_group',
      'measure',
      'base',
    ]);
    const col = (name: string) => columns.indexOf(name);
    expect(first.rows.map((r) => r[col('destination')])).toEqual(ranking.map((r) => r['destination']));
    for (const row of first.rows) {
      const code = row[col('destination')]!;
      const estimate = estimates.find((r) => r['destination'] === code)!;
      const ranked = ranking.find((r) => r['destination'] === code)!;
      expect(row[col('name')]).toBe(names.get(code));
      for (const c of columns.filter((c) => !['rank', 'destination', 'name'].includes(c))) {
        const source = ['flags', 'diff_next', 'diff_next_p', 'tie_group'].includes(c) ? ranked : estimate;
        expect(row[col(c)], `${code} ${c}`).toBe(shown(source[c]));
      }
      expect(row[col('rank')]).toBe(shown(ranked['rank']));
    }

    // Sort by estimate: ascending, then descending, each in the URL; missing values stay apart.
    const ascending = [...estimates]
      .sort((a, b) =>
        a['estimate'] === null
          ? 1
          : b['estimate'] === null
            ? -1
            : (a['estimate'] as number) - (b['estimate'] as number),
      )
      .map((r) => r['destination']);
    const header = table.locator('thead th[data-column=estimate]').locator('button');
    const order = async () => (await readShown(table)).rows.map((r) => r[col('destination')]);
    await header.click();
    await page.waitForURL(/[?&]sort=estimate(&|$)/);
    await expect.poll(order).toEqual(ascending);
    await header.click();
    await page.waitForURL(/[?&]sort=-estimate(&|$)/);
    const descending = [...ascending].reverse();
    await expect.poll(order).toEqual(descending);

    await page.reload();
    await waitForView(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-estimate');
    await expect(table.locator('thead th[aria-sort=descending]').getAttribute('data-column')).resolves.toBe(
      'estimate',
    );
    const after = await readShown(table);
    expect(after.rows.map((r) => r[col('destination')])).toEqual(descending);

    // The CSV: the table's columns and rows, raw values (the CLI's numbers at full precision).
    const csv = await save(page, () => page.locator('[data-action=table-csv]').click());
    expect(csv.name).toBe('minat-table-2026-en.csv');
    const parsed = await readTable({ name: csv.name, text: csv.text });
    expect(parsed.headers).toEqual(columns);
    expect(parsed.rowNumbers.length).toBe(after.rows.length);
    const cell = (r: number, c: string) => parsed.columns[col(c)]![r]!;
    for (let r = 0; r < parsed.rowNumbers.length; r++) {
      const code = cell(r, 'destination');
      const displayed = after.rows.find((row) => row[col('destination')] === code)!;
      const estimate = estimates.find((e) => e['destination'] === code)!;
      for (const c of columns) {
        const raw = cell(r, c);
        const text = displayed[col(c)]!;
        if (text === '–') expect(raw, `${code} ${c}`).toBe('');
        else if (c === 'flags') expect(raw).toBe(text.replace(/, /g, ';'));
        else if (raw !== '' && !Number.isNaN(Number(raw)))
          expect(shown(Number(raw)), `${code} ${c}`).toBe(text);
        else expect(raw).toBe(text);
      }
      for (const c of ['estimate', 'se', 'ci_low', 'ci_high', 'deff', 'n_weighted', 'n_eff', 'cv'])
        expect(cell(r, c) === '' ? null : Number(cell(r, c)), `${code} ${c}`).toBe(estimate[c]);
    }

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the three views on a phone, in Indonesian', () => {
  it.each(['readiness', 'placements', 'table'])(
    '%s fits 390 px with its summary in Indonesian',
    async (view) => {
      const { page, foreign, problems, vegaLog } = await openDashboard(browser, `view=${view}&lang=id`, {
        width: 390,
        height: 844,
        locale: 'id-ID',
      });
      const summary = await page.locator('[data-testid=view-summary]').textContent();
      expect(summary).toMatch(/^(Di antara responden|Selisih terbesar|35 negara tujuan)/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(foreign).toEqual([]);
      expect(await vegaLog()).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
