/** Result of {@link parseNumber}. */
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-numeric' | 'not-finite' };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Parses a cell as a number: decimal point, optional exponent, surrounding spaces ignored.
 * With `decimalComma`, a single comma is read as the decimal separator (`"1,5"` = 1.5), as Indonesian
 * and European spreadsheets write numbers in `;`-separated files.
 *
 * @example parseNumber(' 2.5 ') // { ok: true, value: 2.5 }
 */
export function parseNumber(cell: string, decimalComma = false): ParsedNumber {
  const s = cell.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  if (NUMBER.test(s)) return { ok: true, value: Number(s) };
  if (decimalComma && DECIMAL_COMMA.test(s)) return { ok: true, value: Number(s.replace(',', '.')) };
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return { ok: false, reason: 'not-finite' };
  return { ok: false, reason: 'not-numeric' };
}
