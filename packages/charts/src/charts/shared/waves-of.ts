import { MinatError } from '@minat/core';

/**
 * The waves of trend rows in the order they first appear (`trend` of `@minat/core` returns rows in
 * wave order), as strings.
 * @param rows - rows with a `wave` column
 * @param chart - the builder's name, for the message
 * @throws MinatError `option-invalid` when a row has no wave
 * @example wavesOf([{ wave: '2025' }, { wave: '2026' }, { wave: '2025' }], 'trend') // ['2025', '2026']
 */
export function wavesOf(rows: readonly Record<string, unknown>[], chart: string): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    const w = row['wave'];
    if (w === undefined || w === null || w === '') {
      throw new MinatError(
        'option-invalid',
        `invalid rows for ${chart}: row ${i + 1} has no wave; expected rows per wave (trend rows or a ranking by wave)`,
        { row: i + 1, column: 'wave', expected: 'a wave label' },
      );
    }
    if (!out.includes(String(w))) out.push(String(w));
  });
  return out;
}
