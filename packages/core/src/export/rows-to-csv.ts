const RISKY = /^[=+\-@\t\r]/;

/**
 * A cell for CSV: numbers as full-precision numbers, arrays `;`-joined, null empty, and text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) prefixed with `'`.
 * Quoted when it holds a comma, quote or line break.
 *
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (RISKY.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows of objects as CSV text (header line, then one line per row, LF endings), with the given columns
 * in order. Safe against formula injection (see {@link csvCell}).
 *
 * @example rowsToCsv([{ destination: 'JP', estimate: 0.3 }], ['destination', 'estimate'])
 */
export function rowsToCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
