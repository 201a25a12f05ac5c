import type { SurveyDesign } from '../design/survey-design.ts';
import type { RatioInput } from './ratio-table.ts';

/**
 * The sufficient statistics of a ratio table, gathered in one pass over the rows: per (group, PSU)
 * slot the weighted sums `A[s·K + k] = Σ w a_k` and `B[s] = Σ w b` and whether a row of positive
 * weight is in it; per group the rows in the base (unweighted, and of positive weight); per cell the
 * rows with a nonzero numerator. Slots are numbered in order of first appearance. Internal to the
 * estimate stage (`ratioTable` and the share kernel fill it; `ratioTableOf` finishes it).
 */
export class RatioSums {
  readonly K: number;
  readonly G: number;
  /** Slots in use. */
  size = 0;
  slotGroup = new Int32Array(1024);
  slotPsu = new Int32Array(1024);
  slotPositive = new Uint8Array(1024);
  A: Float64Array;
  B = new Float64Array(1024);
  readonly n: Float64Array;
  readonly nPositive: Float64Array;
  readonly count: Float64Array;
  /** PSUs of the design (slot keys are `g · P + p`). */
  readonly P: number;
  /** Slot of each (group, PSU) key, `-1` when not opened; undefined when a Map holds them (large G × P). */
  readonly dense: Int32Array | undefined;
  private readonly sparse: Map<number, number> | undefined;

  constructor(design: SurveyDesign, K: number, G: number) {
    this.K = K;
    this.G = G;
    this.P = design.psuStratum.length;
    // Slot of each (group, PSU) pair: a dense index when G × P is small enough, else a Map.
    this.dense = G * this.P <= 4_000_000 ? new Int32Array(G * this.P).fill(-1) : undefined;
    this.sparse = this.dense ? undefined : new Map();
    this.A = new Float64Array(1024 * K);
    this.n = new Float64Array(G);
    this.nPositive = new Float64Array(G);
    this.count = new Float64Array(G * K);
  }

  /** The slot of group g in PSU p, opened on first use (the arrays may grow: read them after). */
  slot(g: number, p: number): number {
    const key = g * this.P + p;
    const found = this.dense ? this.dense[key]! : (this.sparse!.get(key) ?? -1);
    if (found >= 0) return found;
    const s = this.size++;
    if (this.dense) this.dense[key] = s;
    else this.sparse!.set(key, s);
    if (s >= this.B.length) {
      const length = this.B.length * 2;
      this.A = grown(this.A, length * this.K);
      this.B = grown(this.B, length);
      this.slotGroup = grown(this.slotGroup, length);
      this.slotPsu = grown(this.slotPsu, length);
      this.slotPositive = grown(this.slotPositive, length);
    }
    this.slotGroup[s] = g;
    this.slotPsu[s] = p;
    return s;
  }
}

/**
 * The {@link RatioSums} of a ratio-estimator input: one pass over the rows, skipping rows outside every
 * group and rows with neither a denominator nor a numerator entry.
 */
export function ratioSums(design: SurveyDesign, input: RatioInput): RatioSums {
  const { K, G, numerators, denominator, group } = input;
  const sums = new RatioSums(design, K, G);
  const { n, nPositive, count } = sums;
  const w = design.weights;
  const rowPsu = design.psu;
  const { offsets, index, value } = numerators;
  const rows = design.n;
  for (let i = 0; i < rows; i++) {
    const g = group[i]!;
    if (g < 0) continue;
    const b = denominator[i]!;
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    if (b === 0 && from === to) continue;
    const s = sums.slot(g, rowPsu[i]!);
    const wi = w[i]!;
    if (wi > 0) sums.slotPositive[s] = 1;
    sums.B[s]! += wi * b;
    if (b > 0) {
      n[g]!++;
      if (wi > 0) nPositive[g]!++;
    }
    const A = sums.A;
    const at = s * K;
    for (let e = from; e < to; e++) {
      const k = index[e]!;
      const v = value[e]!;
      A[at + k]! += wi * v;
      if (v !== 0) count[g * K + k]!++;
    }
  }
  return sums;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
