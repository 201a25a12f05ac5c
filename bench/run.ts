// `pnpm bench`: the core's speed (bench/core.ts) and the dashboard's in Chromium (bench/dashboard.ts),
// each as ratios against baselines measured in the same run. `BENCH_ONLY=core` or `BENCH_ONLY=dashboard`
// runs one; `BENCH_VIEWS=ranking,trends` picks the dashboard's views (default: every view);
// `BENCH_DASHBOARD_ROWS` the survey's size (default 1,000,000, generated once into .tmp); diagnostic:
// `BENCH_DEFER_FULL=400` holds the page's requests for the bootstrap part 400 ms, to time the fast
// part drawn without the bootstrap's payload arriving in the middle of it.
import { runCoreBench } from './core.ts';
import { runDashboardBench } from './dashboard.ts';
import { dashboardReport } from './dashboard-report.ts';

const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'core' && only !== 'dashboard') {
  console.error(`invalid BENCH_ONLY ${JSON.stringify(only)}: expected core or dashboard`);
  process.exit(2);
}
if (only !== 'dashboard') await runCoreBench();
if (only !== 'core') {
  if (only === undefined) console.log('');
  console.log(dashboardReport(await runDashboardBench()));
  console.log('(figures also in .tmp/bench-dashboard.json)');
}
