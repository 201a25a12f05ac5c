import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../apps/dashboard/test/helpers/launch-browser.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The browser the end-to-end tests use (Debian Chromium through playwright-core). */
export type BenchBrowser = Awaited<ReturnType<typeof launchBrowser>>;
/** A page of it. */
export type BenchPage = Awaited<ReturnType<BenchBrowser['newPage']>>;

/** The part of vite's API the benchmark uses (vite is a dependency of the dashboard, not of the root). */
interface Vite {
  build(config: object): Promise<unknown>;
  preview(config: object): Promise<{ resolvedUrls: { local: string[] } | null; close(): Promise<void> }>;
}

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
 * Builds the dashboard as users get it (`vite build`, into `.tmp/dashboard-bench`) and serves it with
 * `vite preview` on a free port, as the end-to-end harness does (`minify: false` for readable profiles).
 */
export async function serveDashboard(
  options: { minify?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const require = createRequire(here('../apps/dashboard/package.json'));
  const vite = (await import(pathToFileURL(require.resolve('vite')).href)) as Vite;
  const root = here('../apps/dashboard');
  const outDir = here('../.tmp/dashboard-bench');
  rmSync(outDir, { recursive: true, force: true });
  await vite.build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) },
  });
  const server = await vite.preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
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
  const problems: string[] = [];
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:'))
      return route.continue();
    foreign.push(target);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const defer = Number(process.env.BENCH_DEFER_FULL ?? 0);
  if (defer > 0) await page.addInitScript(`window.__benchDeferFull = ${defer};`);
  await page.addInitScript({ path: here('./dashboard-page.js') });
  await page.goto(`${url}?lang=en`);
  return { page, problems, foreign };
}

export { launchBrowser };
