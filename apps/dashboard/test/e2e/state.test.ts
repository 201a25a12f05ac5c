import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import female from '../fixtures/sample-ranking-2026-female.json' with { type: 'json' };
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard, renderedSeq, waitForView } from '../helpers/open-dashboard.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pct = (x: number | null, lang: 'en' | 'id') =>
  x === null ? 'no estimate' : `${(100 * x).toFixed(1).replace('.', lang === 'id' ? ',' : '.')}%`;

describe('filters, language and the URL', () => {
  it('a filter change and a language change update charts, labels, number formats and the URL; reload and back restore them', async () => {
    const { page, foreign, problems, vegaLog } = await openDashboard(browser, 'lang=en');
    const summary = page.locator('[data-testid=view-summary]');
    const before = await summary.textContent();

    // Filter: women only (the CLI's figures for the same domain).
    let seq = await renderedSeq(page);
    await page.selectOption('select[data-filter=sex]', 'F');
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('f.sex')).toBe('F');
    const jp = female.rows.find((r) => r.destination === 'JP')!;
    const text = await summary.textContent();
    expect(text).not.toBe(before);
    expect(text).toContain(
      `Japan ranks first with ${pct(jp.estimate, 'en')} (${pct(jp.ci_low, 'en')}–${pct(jp.ci_high, 'en')})`,
    );
    const footer = (await page.locator('[data-chart=ranking] svg text').allTextContents()).join(' ');
    expect(footer).toContain('wave 2026, sex Female');
    expect(footer).toContain(`n = ${jp.n_unweighted.toLocaleString('en-GB')}`);
    // The ranking chart took the new numbers into its live view (same structure), and shows them.
    await expect(page.locator('[data-chart=ranking] .vega-chart').getAttribute('data-drawn')).resolves.toBe(
      'live',
    );
    expect(footer).toContain(pct(jp.estimate, 'en'));
    // Its description (the alt text Vega puts on the chart's container) is the new one too.
    await expect(
      page.locator('[data-chart=ranking] [role=graphics-document]').getAttribute('aria-label'),
    ).resolves.toContain(`Japan ${pct(jp.estimate, 'en')}`);

    // Language: Indonesian labels, decimal comma, thousands dot.
    seq = await renderedSeq(page);
    await page.getByRole('button', { name: 'Indonesia' }).click();
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('id');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    await expect(page.locator('nav button[aria-current=page]').textContent()).resolves.toBe('Peringkat');
    const idText = await summary.textContent();
    expect(idText).toContain(`Jepang berada di peringkat pertama dengan ${pct(jp.estimate, 'id')}`);
    const idLabels = (await page.locator('[data-chart=ranking] svg text').allTextContents()).join(' ');
    expect(idLabels).toContain('Jepang');
    expect(idLabels).toContain(pct(jp.estimate, 'id'));
    expect(idLabels).toContain(`n = ${jp.n_unweighted.toLocaleString('id-ID')}`);
    expect(idLabels).toContain('putaran 2026, jenis kelamin Perempuan');

    // Reload: the URL restores everything.
    const url = page.url();
    await page.reload();
    await waitForView(page);
    expect(page.url()).toBe(url);
    await expect(summary.textContent()).resolves.toBe(idText);
    const selected = await page.$eval('select[data-filter=sex]', (s) =>
      [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value),
    );
    expect(selected).toEqual(['F']);

    // Back: English again (the language change was a history entry), then without the filter.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
    await waitForView(page, 0);
    await expect(page.locator('nav button[aria-current=page]').textContent()).resolves.toBe('Ranking');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('f.sex'));
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid=view-summary]')?.textContent === b,
      before,
    );
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('f.sex') === 'F');

    expect(foreign).toEqual([]);
    expect(await vegaLog()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('follows the browser language on a first visit', async () => {
    const { page } = await openDashboard(browser, '', { locale: 'id-ID' });
    expect(new URL(page.url()).searchParams.get('lang')).toBe('id');
    await expect(page.locator('[data-testid=view-summary]').textContent()).resolves.toMatch(/^Jepang berada/);
  });

  it('switches views from the navigation and keeps the view in the URL', async () => {
    const { page } = await openDashboard(browser, 'lang=en');
    const seq = await renderedSeq(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Table', exact: true }).click();
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'ranking');
  });
});
