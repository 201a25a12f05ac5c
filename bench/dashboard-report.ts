import type { ChangeFigure, DashboardBenchResult } from './dashboard.ts';

/** The budgets: a filter change drawn within 150 ms, rank uncertainty within 2 s. */
export const BUDGET = { fastMs: 150, fullMs: 2000 } as const;

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(1)}×` : '–');
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

/** The benchmark's table: load, then every change with its ratio to the baseline group-by. */
export function dashboardReport(r: DashboardBenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Dashboard in Chromium: ${r.rows.toLocaleString('en')} respondents (${r.fileMB.toFixed(1)} MB CSV), ${r.accepted.toLocaleString('en')} accepted`,
  );
  lines.push(
    `load (read + validate in the worker): ${ms(r.load.ms)} ms; main thread meanwhile: ${r.load.frames} frames, longest gap ${ms(r.load.maxFrameGapMs)} ms, p99 gap ${ms(r.load.p99FrameGapMs)} ms; progress shown in ${r.load.progressStates} states`,
  );
  lines.push(
    `first view after the load (design built, estimates, charts): ${ms(r.firstView.fastMs)} ms, with rank uncertainty ${ms(r.firstView.fullMs)} ms`,
  );
  lines.push('');
  const head = [
    'view'.padEnd(11),
    'change'.padEnd(22),
    'drawn'.padStart(7),
    'worker'.padStart(7),
    'complete'.padStart(9),
    'plain g-by'.padStart(11),
    'drawn/plain'.padStart(12),
    'typed g-by'.padStart(11),
    'drawn/typed'.padStart(12),
    '',
  ];
  lines.push(head.join(' '));
  for (const c of r.changes) {
    lines.push(
      [
        c.view.padEnd(11),
        `${c.change}${c.revisit ? ' (again)' : ''}`.padEnd(22),
        ms(c.fastMs).padStart(7),
        ms(c.workerFastMs).padStart(7),
        ms(c.fullMs).padStart(9),
        ms(c.plainMs).padStart(11),
        ratio(c.fastMs, c.plainMs).padStart(12),
        c.typedMs.toFixed(1).padStart(11),
        ratio(c.fastMs, c.typedMs).padStart(12),
        c.error ? `ERROR ${c.error}` : c.fastMs > BUDGET.fastMs ? 'over 150 ms' : '',
      ].join(' '),
    );
  }
  lines.push('');
  lines.push(
    'drawn = change event → every chart of the view drawn (next frame); worker = request → payload in',
  );
  lines.push(
    'the page; complete = with the bootstrap part (ranking); g-by = weighted group-by of the first choice',
  );
  lines.push(
    'with the same filter over the same rows in the same page (plain: strings and a Map; typed: codes).',
  );
  for (const view of [...new Set(r.changes.map((c) => c.view))]) lines.push(summary(view, r.changes));
  if (r.problems.length) lines.push(`console errors: ${r.problems.slice(0, 5).join(' | ')}`);
  if (r.foreign.length) lines.push(`requests off the origin: ${r.foreign.join(', ')}`);
  return lines.join('\n');
}

function summary(view: string, changes: ChangeFigure[]): string {
  const mine = changes.filter((c) => c.view === view && c.change !== 'switch view');
  const fresh = mine.filter((c) => !c.revisit);
  const fast = fresh.map((c) => c.fastMs);
  const full = mine.map((c) => c.fullMs);
  const worst = Math.max(...fast.filter(Number.isFinite));
  const worstFull = Math.max(...full.filter(Number.isFinite));
  const plain = median(fresh.map((c) => c.plainMs));
  const met = (x: number, budget: number) => (x <= budget ? 'met' : 'MISSED');
  return `${view}: new filter drawn in median ${ms(median(fast))} ms (${ratio(median(fast), plain)} the plain group-by), max ${ms(worst)} ms → 150 ms ${met(worst, BUDGET.fastMs)}; revisits median ${ms(median(mine.filter((c) => c.revisit).map((c) => c.fastMs)))} ms; complete max ${ms(worstFull)} ms → 2 s ${met(worstFull, BUDGET.fullMs)}`;
}
