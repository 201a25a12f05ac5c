import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guardPage } from '../apps/dashboard/scripts/guard-page.ts';
import { serveBuiltDashboard } from '../apps/dashboard/scripts/serve-built-dashboard.ts';
import { launchBrowser } from '../apps/dashboard/test/helpers/launch-browser.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The browser the end-to-end tests use (Debian Chromium through playwright-core). */
export type BenchBrowser = Awaited<ReturnType<typeof launchBrowser>>;
/** A page of it. */
export type BenchPage = Awaited<ReturnType<BenchBrowser['newPage']>>;

/**
 * A generated survey of `rows` respondents (the sample's columns, `data/sample/survey.json` as schema),
 * written once to `.tmp/bench-<rows>.csv` by the sample generator (seeded, so the file is always the
 * same) and reused by later runs.
 */
export function benchSurvey(rows: number): { csv: string; schema: string } {
  const csv = here(`../.tmp/bench-${rows === 1_000_000 ? '1m' : rows}.csv`);
  if (!existsSync(csv)) {
    console.log(`generating ${rows.toLocaleString('en')} respondents into ${csv} …`);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', here('../data/sample/generator/generate.ts'), '--rows', String(rows), '--out', csv],
      { stdio: 'inherit' },
    );
  }
  return { csv, schema: here('../data/sample/survey.json') };
}

/**
 * Builds the dashboard as users get it (into `.tmp/dashboard-bench`) and serves it on a free port, as
 * the end-to-end harness does (`minify: false` for readable profiles).
 */
export function serveDashboard(options: { minify?: boolean } = {}) {
  return serveBuiltDashboard(here('../.tmp/dashboard-bench'), options);
}

/**
 * Opens the dashboard with the measurement hooks of `bench/dashboard-page.js`, blocking (and recording)
 * any request off the page's origin and collecting console errors.
 */
export async function openBenchPage(
  browser: BenchBrowser,
  url: string,
): Promise<{ page: BenchPage; problems: string[]; foreign: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const { problems, foreign } = await guardPage(page, origin, ['error']);
  const defer = Number(process.env.BENCH_DEFER_FULL ?? 0);
  if (defer > 0) await page.addInitScript(`window.__benchDeferFull = ${defer};`);
  await page.addInitScript({ path: here('./dashboard-page.js') });
  await page.goto(`${url}?lang=en`);
  return { page, problems, foreign };
}

export { launchBrowser };
