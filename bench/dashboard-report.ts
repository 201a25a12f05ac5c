import type { ChangeFigure, DashboardBenchResult } from './dashboard.ts';

/** The budgets: a filter change drawn within 150 ms, rank uncertainty within 2 s. */
export const BUDGET = { fastMs: 150, fullMs: 2000 } as const;

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(1)}×` : '–');
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

const COLUMNS: [string, number, (c: ChangeFigure) => string][] = [
  ['view', -11, (c) => c.view],
  ['change', -24, (c) => `${c.change}${c.revisit ? ' (again)' : ''}`],
  ['drawn', 6, (c) => ms(c.fast.paintMs)],
  ['sent', 5, (c) => ms(c.fast.sentMs)],
  ['worker', 7, (c) => ms(c.fast.arriveMs - c.fast.sentMs)],
  ['compute', 8, (c) => ms(c.fast.computeMs)],
  ['render', 7, (c) => ms(c.fast.paintMs - c.fast.arriveMs)],
  ['1st chart', 10, (c) => ms(c.fast.firstMs)],
  ['complete', 9, (c) => ms(c.full.paintMs)],
  ['plain', 6, (c) => ms(c.plainMs)],
  ['×plain', 7, (c) => ratio(c.fast.paintMs, c.plainMs)],
  ['typed', 6, (c) => c.typedMs.toFixed(1)],
  ['×typed', 7, (c) => ratio(c.fast.paintMs, c.typedMs)],
];

const LEGEND = [
  'ms from the change event: drawn = every chart of the view drawn and the next frame painted; sent = the request',
  'left for the worker; worker = sent → payload back in the page (compute: the worker’s own part); render =',
  'payload → drawn; 1st chart = the first chart drawn; complete = with the ranking’s bootstrap. plain /',
  'typed = a weighted group-by of the first choice with the same filter over the same rows in the same page',
  '(strings and a Map / dictionary codes in typed arrays), ms; ×plain, ×typed = drawn / that.',
];

const cell = (text: string, width: number) => (width < 0 ? text.padEnd(-width) : text.padStart(width));

/** The benchmark's table: load, then every change with its parts and its ratio to the baseline. */
export function dashboardReport(r: DashboardBenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Dashboard in Chromium: ${r.rows.toLocaleString('en')} respondents (${r.fileMB.toFixed(1)} MB CSV), ${r.accepted.toLocaleString('en')} accepted`,
  );
  lines.push(
    `load (read + validate in the worker): ${ms(r.load.ms)} ms; main thread meanwhile: ${r.load.frames} frames, longest gap ${ms(r.load.maxFrameGapMs)} ms, p99 gap ${ms(r.load.p99FrameGapMs)} ms; progress shown in ${r.load.progressStates} states, the last change at ${ms(r.load.lastProgressMs)} ms`,
  );
  lines.push(
    `first view after the load (design built, estimates, charts): ${ms(r.firstView.fastMs)} ms, with rank uncertainty ${ms(r.firstView.fullMs)} ms`,
  );
  lines.push('');
  lines.push(COLUMNS.map(([name, width]) => cell(name, width)).join(' '));
  for (const c of r.changes) {
    const flag = c.error
      ? `ERROR ${c.error}`
      : c.fast.paintMs > BUDGET.fastMs && c.change !== 'switch view'
        ? 'over 150 ms'
        : '';
    lines.push(`${COLUMNS.map(([, width, get]) => cell(get(c), width)).join(' ')} ${flag}`.trimEnd());
  }
  lines.push('');
  lines.push(...LEGEND);
  for (const view of [...new Set(r.changes.map((c) => c.view))]) lines.push(summary(view, r.changes));
  if (r.problems.length) lines.push(`console errors: ${r.problems.slice(0, 5).join(' | ')}`);
  if (r.foreign.length) lines.push(`requests off the origin: ${r.foreign.join(', ')}`);
  return lines.join('\n');
}

function summary(view: string, changes: ChangeFigure[]): string {
  const mine = changes.filter((c) => c.view === view && c.change !== 'switch view');
  const fresh = mine.filter((c) => !c.revisit);
  const fast = fresh.map((c) => c.fast.paintMs);
  const worst = Math.max(...fast.filter(Number.isFinite));
  const worstFull = Math.max(...mine.map((c) => c.full.paintMs).filter(Number.isFinite));
  const plain = median(fresh.map((c) => c.plainMs));
  const met = (x: number, budget: number) => (x <= budget ? 'met' : 'MISSED');
  const revisits = median(mine.filter((c) => c.revisit).map((c) => c.fast.paintMs));
  return `${view}: new filter drawn in median ${ms(median(fast))} ms (${ratio(median(fast), plain)} the plain group-by), max ${ms(worst)} ms → 150 ms ${met(worst, BUDGET.fastMs)}; revisits median ${ms(revisits)} ms; complete max ${ms(worstFull)} ms → 2 s ${met(worstFull, BUDGET.fullMs)}`;
}
