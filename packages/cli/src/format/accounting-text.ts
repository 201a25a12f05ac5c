import type { Issue, ValidatedSurvey } from '@minat/core';

const MAX_LISTED = 50;

/** The row accounting and diagnostics for people: totals, then rejected rows, then issues. */
export function accountingText(survey: ValidatedSurvey): string {
  const { file, read, accepted, rejected } = survey.accounting;
  const lines = [
    `${file}`,
    `  rows read      ${read.toLocaleString('en')}`,
    `  accepted       ${accepted.toLocaleString('en')}`,
    `  rejected       ${rejected.length.toLocaleString('en')}`,
  ];
  const q = survey.destination;
  const mapped = q.levels.length;
  lines.push(`  destinations   ${mapped} distinct (${q.levels.join(' ')})`);
  if (rejected.length > 0) {
    lines.push('', 'Rejected rows:');
    for (const r of rejected.slice(0, MAX_LISTED)) lines.push(`  row ${r.row}: ${r.reason}`);
    if (rejected.length > MAX_LISTED) {
      lines.push(`  … and ${rejected.length - MAX_LISTED} more (use --format json for all of them)`);
    }
  }
  const shown = survey.issues.filter((i: Issue) => i.level !== 'info' || survey.issues.length < 20);
  if (shown.length > 0) {
    lines.push('', 'Issues:');
    for (const i of shown) lines.push(`  ${i.level}: ${i.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The row accounting as JSON (the documented `--format json` contract). */
export function accountingJson(survey: ValidatedSurvey): string {
  const { file, read, accepted, rejected } = survey.accounting;
  const out = {
    file,
    read,
    accepted,
    rejected: rejected.map((r) => {
      const row: Record<string, unknown> = {
        row: r.row,
        column: r.column,
        value: r.value,
        reason: r.reason,
        code: r.code,
      };
      if (r.expected !== undefined) row['expected'] = r.expected;
      if (r.problems.length > 1) row['problems'] = r.problems;
      return row;
    }),
    issues: survey.issues,
    destinations: survey.destination.levels,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
