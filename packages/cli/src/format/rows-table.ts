const PERCENT = new Set([
  'estimate',
  'se',
  'ci_low',
  'ci_high',
  'diff_next',
  'diff_next_se',
  'change',
  'difference',
  'survey_share',
  'placement_share',
  'p_first',
]);
const PLAIN = new Set([
  'wave',
  'from_wave',
  'to_wave',
  'placement_year',
  'rank',
  'rank_low',
  'rank_high',
  'tie_group',
  'df',
]);

function cell(column: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'number') {
    if (PERCENT.has(column)) return `${(100 * value).toFixed(1)}%`;
    if (column === 'gap') return `${value.toFixed(1)} pp`;
    if (PLAIN.has(column)) return String(value);
    if (column === 'n_weighted') return Math.round(value).toLocaleString('en');
    if (column.endsWith('_p') || column === 'p_value') return value < 0.001 ? '<0.001' : value.toFixed(3);
    if (Number.isInteger(value)) return value.toLocaleString('en');
    return value.toFixed(3);
  }
  return String(value);
}

/**
 * Rows as an aligned text table for people: shares in percent, p-values to three decimals, nulls as
 * "—" (never 0), flags `;`-joined.
 */
export function rowsTable(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const text = rows.map((r) => columns.map((c) => cell(c, r[c])));
  const widths = columns.map((c, j) => Math.min(40, Math.max(c.length, ...text.map((t) => t[j]!.length))));
  const line = (cells: readonly string[]) =>
    cells
      .map((t, j) => {
        const w = widths[j]!;
        const clipped = t.length > w ? `${t.slice(0, w - 1)}…` : t;
        return /^[-<\d.,%]+$/.test(t) ? clipped.padStart(w) : clipped.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n')}\n`;
}
