/** How a value may be read: from its reliability and suppression flags (`@minat/core` publishing). */
export type RowStatus = 'reliable' | 'caution' | 'unreliable' | 'suppressed' | 'missing';

/**
 * The status of a result row from its flags: `suppressed` (a `suppressed:<reason>` flag: the value is
 * withheld, never zero), `unreliable` / `caution` (an `unreliable:<standard>` / `caution:<standard>`
 * flag), `missing` (no estimate and no suppression flag, e.g. an empty base), else `reliable`.
 *
 * @param row - a row with `estimate` (or another value column) and `flags`
 * @param value - the column holding the value (default `estimate`)
 * @example rowStatus({ estimate: null, flags: ['suppressed:numerator'] }) // 'suppressed'
 */
export function rowStatus(row: Record<string, unknown>, value = 'estimate'): RowStatus {
  const flags = Array.isArray(row['flags']) ? (row['flags'] as unknown[]).map(String) : [];
  if (flags.some((f) => f.startsWith('suppressed:'))) return 'suppressed';
  if (typeof row[value] !== 'number' || !Number.isFinite(row[value])) return 'missing';
  if (flags.some((f) => f.startsWith('unreliable:'))) return 'unreliable';
  if (flags.some((f) => f.startsWith('caution:'))) return 'caution';
  return 'reliable';
}
