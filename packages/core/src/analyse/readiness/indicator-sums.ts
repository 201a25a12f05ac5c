import type { SurveyDesign } from '../../design/survey-design.ts';
import { RatioSums } from '../../estimate/ratio-sums.ts';
import type { RatioInput } from '../../estimate/ratio-table.ts';
import { indicatorInput } from './indicator-input.ts';

/**
 * Rows of the readiness domains, ascending: row `rows[j]` is in domain `domain[j]` (group × first
 * choice). Every other row of the design is outside every domain.
 */
export interface DomainRows {
  rows: Int32Array;
  domain: Int32Array;
  /** Number of domains. */
  G: number;
}

/**
 * The {@link RatioSums} of K 0/1 indicators over the domain rows, without per-row input arrays over the
 * whole survey: `code[j]` is `-1` when row `rows[j]` is outside the base (it leaves every domain), else
 * the bits of the indicators it meets (bit k = indicator k). The sums are those `ratioSums` gathers
 * from `indicatorInput` (the same rows in the same order, the same additions); `input` builds that
 * input for a calibrated design, whose scores are residualised row by row.
 *
 * @example ratioTableOf(design, sums.sums, sums.input).cell(g, 0).estimate
 */
export function indicatorSums(
  design: SurveyDesign,
  domains: DomainRows,
  K: number,
  code: Int32Array,
): { sums: RatioSums; input: () => RatioInput } {
  const { rows, domain, G } = domains;
  const sums = new RatioSums(design, K, G);
  const { P, dense, n, nPositive, count } = sums;
  const w = design.weights;
  const psu = design.psu;
  // The arrays in locals and the slot read from the dense index (see firstChoiceSums).
  let { A, B, slotPositive } = sums;
  let capacity = B.length;
  for (let j = 0; j < rows.length; j++) {
    const c = code[j]!;
    if (c < 0) continue;
    const i = rows[j]!;
    const g = domain[j]!;
    const p = psu[i]!;
    let s = dense ? dense[g * P + p]! : -1;
    if (s < 0) {
      s = sums.slot(g, p);
      if (s >= capacity) {
        ({ A, B, slotPositive } = sums);
        capacity = B.length;
      }
    }
    const wi = w[i]!;
    if (wi > 0) slotPositive[s] = 1;
    B[s]! += wi * 1;
    n[g]!++;
    if (wi > 0) nPositive[g]!++;
    if (c === 0) continue;
    const at = s * K;
    for (let k = 0; k < K; k++) {
      if (((c >> k) & 1) === 0) continue;
      A[at + k]! += wi * 1;
      count[g * K + k]!++;
    }
  }
  let built: RatioInput | undefined;
  const input = () => {
    if (built) return built;
    const full = new Int32Array(design.n).fill(-1);
    const inBase = new Uint8Array(design.n);
    const hit = new Uint8Array(design.n * K);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j]!;
      full[i] = domain[j]!;
      const c = code[j]!;
      if (c < 0) continue;
      inBase[i] = 1;
      for (let k = 0; k < K; k++) if (((c >> k) & 1) === 1) hit[i * K + k] = 1;
    }
    built = indicatorInput(full, G, K, inBase, hit);
    return built;
  };
  return { sums, input };
}
