import type { RatioInput } from '../../estimate/ratio-table.ts';

/**
 * The ratio-table input of K 0/1 indicators over domains: row i is in the base of domain `domain[i]`
 * when `inBase[i] = 1` (b_i = 1), and its numerator k is `hit[i*K + k]` (0 or 1). Rows with
 * `domain[i] < 0` or outside the base leave every domain; the design is kept (methods.md §2).
 *
 * @param domain - Domain of each row, `-1` for none.
 * @param G - Number of domains.
 * @param K - Number of indicators.
 * @param inBase - 1 when the row answered the item(s) the indicators are read from.
 * @param hit - Row-major n × K 0/1 indicator values.
 * @example ratioTable(design, indicatorInput(domain, G, 1, answered, ready)).cell(g, 0).estimate
 */
export function indicatorInput(
  domain: Int32Array,
  G: number,
  K: number,
  inBase: Uint8Array,
  hit: Uint8Array,
): RatioInput {
  const n = domain.length;
  const offsets = new Int32Array(n + 1);
  const index: number[] = [];
  const denominator = new Float64Array(n);
  const group = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (domain[i]! >= 0 && inBase[i] === 1) {
      group[i] = domain[i]!;
      denominator[i] = 1;
      for (let k = 0; k < K; k++) if (hit[i * K + k] === 1) index.push(k);
    }
    offsets[i + 1] = index.length;
  }
  return {
    K,
    G,
    group,
    denominator,
    numerators: { offsets, index: Int32Array.from(index), value: new Float64Array(index.length).fill(1) },
  };
}
