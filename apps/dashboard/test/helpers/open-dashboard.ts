import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { guardPage } from '../../scripts/guard-page.ts';

/** A dashboard page under test, with everything it logged and every request it tried off its origin. */
export interface DashboardPage {
  page: Page;
  /** Requests to any other origin (blocked; the app must make none). */
  foreign: string[];
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
  /** Vega / Vega-Lite warnings and errors recorded by the app's logger. */
  vegaLog: () => Promise<{ level: string; message: string }[]>;
}

/**
 * Opens the built dashboard at `query` in a new page (browser language `locale`), blocking and
 * recording any request that leaves the page's origin, collecting console problems, and waits until
 * the view is drawn completely (bootstrap part included).
 */
export async function openDashboard(
  browser: Browser,
  query = '',
  options: { locale?: string; width?: number; height?: number; wait?: boolean; bypassCSP?: boolean } = {},
): Promise<DashboardPage> {
  const base = inject('dashboardUrl');
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    // Only for injecting test tools (axe-core); the app itself runs under its own CSP.
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const { foreign, problems } = await guardPage(page, origin);
  await page.goto(`${base}${query ? `?${query}` : ''}`);
  if (options.wait !== false) await waitForView(page);
  return {
    page,
    foreign,
    problems,
    vegaLog: () => page.evaluate(() => window.__minatVegaLog ?? []),
  };
}

/**
 * Waits until the current view is completely drawn: the last request answered in full (not the
 * partial ranking) and every chart of it rendered by vega-embed.
 */
export async function waitForView(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (seq) => {
      const r = window.__minatRendered;
      if (!r || r.partial || r.seq <= seq) return false;
      const charts = [...document.querySelectorAll('.vega-chart')];
      return (
        charts.every((c) => (c as HTMLElement).dataset.rendered === 'true') &&
        !document.querySelector('[aria-busy=true]')
      );
    },
    after,
    { timeout: 60_000 },
  );
}

/** The sequence number of the last drawn request (pass it to {@link waitForView} after a change). */
export function renderedSeq(page: Page): Promise<number> {
  return page.evaluate(() => window.__minatRendered?.seq ?? 0);
}
