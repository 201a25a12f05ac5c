import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/launch-browser.ts';
import { openDashboard, renderedSeq, waitForView } from '../helpers/open-dashboard.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core's WCAG 2.x A and AA rules (contrast included) on the page as it is now. */
async function axe(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return (
      result.violations as {
        id: string;
        impact: string;
        nodes: { target: string[]; failureSummary: string }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
}

describe('access', () => {
  for (const lang of ['en', 'id'] as const) {
    it(`has no WCAG 2.1 A/AA violations (contrast included) on the ranking view, ${lang}`, async () => {
      const { page } = await openDashboard(browser, `lang=${lang}`, { bypassCSP: true });
      expect(await axe(page)).toEqual([]);
    });
  }

  it('is keyboard operable: skip link, views, language and filters by keyboard, with a visible focus', async () => {
    const { page } = await openDashboard(browser, 'lang=en');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Focus is visible: an outline is drawn around the focused control.
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    // Tab to the Trends view button and press Enter.
    let seq = await renderedSeq(page);
    const trends = page.locator('nav button[data-view=trends]');
    for (let i = 0; i < 20 && !(await trends.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(trends.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await trends.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('view')).toBe('trends');

    // Language switch by keyboard.
    seq = await renderedSeq(page);
    await page.locator('button[data-lang=id]').focus();
    await page.keyboard.press('Space');
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('id');

    // A filter by keyboard: focus the sex list, move to the second option.
    seq = await renderedSeq(page);
    await page.locator('select[data-filter=sex]').focus();
    await page.keyboard.press('ArrowDown');
    await waitForView(page, seq);
    expect(new URL(page.url()).searchParams.get('f.sex')).toBeTruthy();
  });
});
