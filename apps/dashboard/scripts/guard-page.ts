import type { Page } from 'playwright-core';

/**
 * Watches a page of the dashboard: blocks and records every request off `origin` (the app must make
 * none) and collects console messages of the given types and uncaught page errors.
 */
export async function guardPage(
  page: Page,
  origin: string,
  consoleTypes: readonly string[] = ['error', 'warning'],
): Promise<{ foreign: string[]; problems: string[] }> {
  const foreign: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (consoleTypes.includes(m.type())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { foreign, problems };
}
