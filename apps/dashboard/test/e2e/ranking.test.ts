import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expected from '../fixtures/sample-ranking.json' with { type: 'json' };
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard } from '../helpers/open-dashboard.ts';
import { tableCells, tableColumns } from '../helpers/table-columns.ts';

// The fixture is the CLI's ranking of the bundled sample (latest wave, same bootstrap seed):
//   minat rank data/sample/survey.csv --schema data/sample/survey.json --seed 20260212 --format json

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard on the bundled sample', () => {
  it('opens on the latest wave with the ranking: Japan first, the numbers of the CLI fixture', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser);
    expect(new URL(page.url()).searchParams.get('view')).toBe('ranking');
    expect(new URL(page.url()).searchParams.get('f.wave')).toBe('2026');
    await expect(page.locator('[data-testid=survey-rows]').textContent()).resolves.toContain(
      '42,641 of 42,641',
    );

    const card = page.locator('[data-chart=ranking]');
    const labels = await card.locator('svg text').allTextContents();
    const first = labels.indexOf('Japan');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('Germany')).toBeGreaterThan(first);

    // The data table behind the chart: every destination's numbers equal the CLI's.
    await card.getByRole('button', { name: /Show the data table/ }).click();
    const table = card.locator('table');
    const headers = await tableColumns(table);
    const col = (name: string) => headers.indexOf(name);
    const rows = await tableCells(table);
    expect(rows.length).toBe(expected.length);
    const num = (s: string) => Number(s.replace(/,/g, ''));
    for (const want of expected) {
      const row = rows.find((r) => r[col('destination')] === want.destination);
      expect(row, want.destination).toBeDefined();
      for (const c of ['estimate', 'se', 'ci_low', 'ci_high', 'p_first'] as const) {
        const v = want[c];
        if (v === null) expect(row![col(c)]).toBe('–');
        else expect(num(row![col(c)]!)).toBeCloseTo(v, 4);
      }
      if (want.rank === null) expect(row![col('rank')]).toBe('–');
      else expect(num(row![col('rank')]!)).toBe(want.rank);
      expect(num(row![col('n_unweighted')]!)).toBe(want.n_unweighted);
    }
    const jp = expected.find((r) => r.destination === 'JP')!;
    expect(jp.rank).toBe(1);
    expect(jp.p_first).toBeGreaterThan(0.95);
    await expect(page.locator('[data-testid=view-summary]').textContent()).resolves.toMatch(
      /^Japan ranks first with 28\.7% \(27\.0%–30\.5%\); it is first in 100\.0% of 1,000 bootstrap replicates\. Germany is second/,
    );

    // The world map draws a circle for each of its 20 leading destinations (a renderer once drew only
    // the labels), plus open rings for suppressed ones.
    const circles = page.locator('[data-chart=world-map] svg .mark-symbol path');
    const valued = expected.filter((r) => r.estimate !== null && r.estimate > 0 && r.destination !== 'ZZ');
    expect(await circles.count()).toBeGreaterThanOrEqual(Math.min(20, valued.length));

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
