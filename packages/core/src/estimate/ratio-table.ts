import { stratifiedCovariance } from '../design/stratified-covariance.ts';
import type { SurveyDesign } from '../design/survey-design.ts';
import { calibratedPsuScores } from '../design/weighting/calibrated-psu-scores.ts';
import { calibrationOperator } from '../design/weighting/calibration-operator.ts';
import { type RatioSums, ratioSums } from './ratio-sums.ts';

/** Numerators of K ratio estimators, per row, in compressed form: row i has entries `offsets[i]..offsets[i+1]`. */
export interface SparseNumerators {
  offsets: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

/** Input of {@link ratioTable}: `R̂_gk = Σ_{i∈g} w_i a_ik / Σ_{i∈g} w_i b_i` for every group g and numerator k. */
export interface RatioInput {
  /** Number of numerators (e.g. destinations). */
  K: number;
  numerators: SparseNumerators;
  /** `b_i`; a row with `b_i = 0` and no numerator entries is outside the base. */
  denominator: Float64Array;
  /** Group of each row, `-1` when in no group. */
  group: Int32Array;
  /** Number of groups. */
  G: number;
}

/** One cell of a ratio table, before intervals. */
export interface RatioCell {
  g: number;
  k: number;
  estimate: number;
  variance: number;
  /** Design df of the group's base (PSUs with nonzero-weight rows minus their strata). */
  df: number;
  /** Rows in the base (`b_i > 0`), unweighted and weighted (`Σ w b`). */
  nUnweighted: number;
  nWeighted: number;
  /** Rows in the base with a positive weight (the `n` of design effects). */
  nPositive: number;
  /** The weighted total of the numerator, `Σ w a_k` (R's `svytotal`), and its variance. */
  total: number;
  totalVariance: number;
  /** Rows in the base with a nonzero numerator `a_ik`. */
  count: number;
}

/** A computed ratio table: cells, and covariances between any two cells from the kept PSU totals. */
export interface RatioTable {
  cells: RatioCell[];
  cell(g: number, k: number): RatioCell;
  /** Covariance of cells (g1, k1) and (g2, k2), same-sample (methods.md §7.1). */
  covariance(g1: number, k1: number, g2: number, k2: number): number;
  /** Full K × K covariance (row-major) of the K estimates of group g. */
  groupCovariance(g: number): Float64Array;
  /**
   * The per-(group, PSU) weighted sums the table was computed from: slot s belongs to group `group[s]`
   * and PSU `psu[s]`, with `A[s*K + k] = Σ w a_k` and `B[s] = Σ w b`. Replicate designs whose weights
   * are PSU multipliers (jackknife, BRR, bootstraps) re-estimate from these without another row pass.
   */
  psuSums: { group: Int32Array; psu: Int32Array; A: Float64Array; B: Float64Array };
}

/**
 * Ratio estimates with linearised variances for every group × numerator in one pass over the rows
 * (methods.md §1.2–1.3, §2): per-(group, PSU) weighted sums are gathered once; the score total of PSU j
 * is `(A_jk − R̂_gk B_j) / B̂_g`, and PSUs without rows of the group count as zero, so every domain keeps
 * the full design. Proportions are ratios with `b_i = 1` for respondents who answered. On a calibrated
 * design (`design.calibration` not empty) the row scores are residualised on the calibration steps
 * first (methods.md §5), at O(rows of the group · K) plus work on cells per group.
 *
 * @example ratioTable(design, { K: 2, numerators, denominator, group, G: 1 }).cell(0, 1).estimate
 */
export function ratioTable(design: SurveyDesign, input: RatioInput): RatioTable {
  return ratioTableOf(design, ratioSums(design, input), () => input);
}

/**
 * The ratio table of gathered {@link RatioSums} (see {@link ratioTable}); `input` is read only on a
 * calibrated design, whose scores are residualised row by row. Internal to the estimate stage.
 */
export function ratioTableOf(design: SurveyDesign, sums: RatioSums, input: () => RatioInput): RatioTable {
  const { K, G, A, B, n, nPositive, count, slotPositive } = sums;
  const slotGroup = sums.slotGroup.subarray(0, sums.size);
  const slotPsu = sums.slotPsu.subarray(0, sums.size);
  const slotsByGroup: number[][] = Array.from({ length: G }, () => []);
  for (let s = 0; s < slotGroup.length; s++) slotsByGroup[slotGroup[s]!]!.push(s);
  const cells: RatioCell[] = [];
  const scores: { psus: Int32Array; z: Float64Array }[] = [];
  const calibration = design.calibration.length > 0 ? calibrationOperator(design) : undefined;
  for (let g = 0; g < G; g++) {
    const slots = slotsByGroup[g]!;
    let Bg = 0;
    const Ag = new Float64Array(K);
    for (const s of slots) {
      Bg += B[s]!;
      for (let k = 0; k < K; k++) Ag[k]! += A[s * K + k]!;
    }
    const R = Ag.map((a) => a / Bg);
    let psus: Int32Array = Int32Array.from(slots, (s) => slotPsu[s]!);
    let z: Float64Array = new Float64Array(slots.length * K);
    slots.forEach((s, j) => {
      for (let k = 0; k < K; k++) z[j * K + k] = (A[s * K + k]! - R[k]! * B[s]!) / Bg;
    });
    // Calibrated weights: row scores are residualised on the calibration cells before summing to PSUs.
    if (calibration && Bg > 0)
      ({ psus, z } = calibratedPsuScores(design, input(), g, { R, B: Bg }, calibration));
    scores.push({ psus, z });
    // Totals: the score of Σ w a is w a itself (a ratio with R = 0 over B = 1).
    let totalPsus: Int32Array = Int32Array.from(slots, (s) => slotPsu[s]!);
    let totalZ: Float64Array = new Float64Array(slots.length * K);
    slots.forEach((s, j) => {
      for (let k = 0; k < K; k++) totalZ[j * K + k] = A[s * K + k]!;
    });
    if (calibration)
      ({ psus: totalPsus, z: totalZ } = calibratedPsuScores(
        design,
        input(),
        g,
        { R: new Float64Array(K), B: 1 },
        calibration,
      ));
    const TV = stratifiedCovariance(design, totalPsus, totalZ, K, true);
    const V =
      Bg > 0 ? stratifiedCovariance(design, psus, z, K, true) : new Float64Array(K * K).fill(Number.NaN);
    const df = groupDf(
      design,
      slots.filter((s) => slotPositive[s] === 1).map((s) => slotPsu[s]!),
    );
    for (let k = 0; k < K; k++) {
      cells.push({
        g,
        k,
        estimate: R[k]!,
        variance: V[k * K + k]!,
        df,
        nUnweighted: n[g]!,
        nWeighted: Bg,
        nPositive: nPositive[g]!,
        total: Ag[k]!,
        totalVariance: TV[k * K + k]!,
        count: count[g * K + k]!,
      });
    }
  }
  const slots = slotGroup.length;
  const strata: (Uint8Array | undefined)[] = [];
  // The strata a group's PSUs are in, as a bitmap over the design's strata (computed when first asked).
  const strataOf = (g: number): Uint8Array => {
    let set = strata[g];
    if (!set) {
      set = new Uint8Array(design.psuCount.length);
      for (const p of scores[g]!.psus) set[design.psuStratum[p]!] = 1;
      strata[g] = set;
    }
    return set;
  };
  return {
    cells,
    cell: (g, k) => cells[g * K + k]!,
    groupCovariance(g) {
      const { psus, z } = scores[g]!;
      return stratifiedCovariance(design, psus, z, K);
    },
    psuSums: {
      group: Int32Array.from(slotGroup),
      psu: Int32Array.from(slotPsu),
      A: A.slice(0, slots * K),
      B: B.slice(0, slots),
    },
    covariance(g1, k1, g2, k2) {
      const a = scores[g1]!;
      const b = scores[g2]!;
      if (a === b) {
        // One group: its PSUs once, the two columns side by side (what the merge below gives).
        const m = a.psus.length;
        const z = new Float64Array(2 * m);
        for (let j = 0; j < m; j++) {
          z[2 * j] = a.z[j * K + k1]!;
          z[2 * j + 1] = a.z[j * K + k2]!;
        }
        return stratifiedCovariance(design, a.psus, z, 2)[1]!;
      }
      // Groups in different strata (the waves of a design stratified by wave) are independent: every
      // stratum's deviations of one of them are zero, so the sum is exactly 0. Not merged for that.
      if (!sharesStratum(strataOf(g1), strataOf(g2))) return 0;
      const index = new Map<number, number>();
      const psus: number[] = [];
      const z: number[] = [];
      const put = (p: number, value: number, offset: number) => {
        let j = index.get(p);
        if (j === undefined) {
          j = psus.length;
          index.set(p, j);
          psus.push(p);
          z.push(0, 0);
        }
        z[2 * j + offset] = value;
      };
      for (let j = 0; j < a.psus.length; j++) put(a.psus[j]!, a.z[j * K + k1]!, 0);
      for (let j = 0; j < b.psus.length; j++) put(b.psus[j]!, b.z[j * K + k2]!, 1);
      return stratifiedCovariance(design, Int32Array.from(psus), Float64Array.from(z), 2)[1]!;
    },
  };
}

function groupDf(design: SurveyDesign, psus: number[]): number {
  const strata = new Set<number>();
  for (const p of psus) strata.add(design.psuStratum[p]!);
  return psus.length - strata.size;
}

function sharesStratum(a: Uint8Array, b: Uint8Array): boolean {
  for (let h = 0; h < a.length; h++) if (a[h]! & b[h]!) return true;
  return false;
}
