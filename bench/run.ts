// `pnpm bench`: the core's speed (bench/core.ts) and the dashboard's in Chromium (bench/dashboard.ts),
// each as ratios against baselines measured in the same run. `BENCH_ONLY=core` or `BENCH_ONLY=dashboard`
// runs one; `BENCH_VIEWS=ranking,trends` picks the dashboard's views (default: every view).
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
