/**
 * Writes a scalar cell value from JSON or XLSX as the string a CSV file would hold.
 *
 * - strings are returned unchanged (nothing is trimmed);
 * - numbers use `String(n)`, so `30` (also `30.0` in the source) becomes `'30'` and `0.1` stays `'0.1'`;
 * - booleans become `'true'` / `'false'`;
 * - `null` and `undefined` become `''`;
 * - dates become ISO `yyyy-mm-dd`, or `yyyy-mm-ddThh:mm:ss` when they carry a time of day (UTC, as
 *   spreadsheet dates have no time zone); an invalid date becomes `''`;
 * - anything else (objects, arrays) is written as JSON.
 *
 * @param value - The cell value.
 * @returns The cell as a string.
 * @example
 * ```ts
 * cellToString(new Date(Date.UTC(2024, 0, 15))); // '2024-01-15'
 * cellToString(12.0); // '12'
 * ```
 */
export function cellToString(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '';
  }
  if (value === null) return '';
  if (value instanceof Date) return dateToIso(value);
  return JSON.stringify(value) ?? '';
}

function dateToIso(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  const iso = date.toISOString();
  if (time % 86_400_000 === 0) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
