import type { SurveyDesign } from '../survey-design.ts';

/** Sparse matrix as triples: entry j is `(row[j], col[j], value[j])`. */
interface Triples {
  row: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

/** One cell-mean subtraction of R's `svyrecvar`: the cells, the step's weights, weighted or not. */
interface Unit {
  codes: Int32Array;
  psw: Float64Array;
  weighted: boolean;
  cells: number;
  /** Σ over the cell of the weights (weighted) or count of rows (unweighted); rows with w = 0 left out. */
  den: Float64Array;
}

/** Residualisation on a design's calibration steps, summed to PSUs, at cell level: see {@link calibrationOperator}. */
export interface CalibrationOperator {
  design: SurveyDesign;
  /**
   * PSU totals of the residualised scores of rows `rows` (all other rows score 0).
   * @param x - `x[j * K + k]`: score k of row `rows[j]`
   * @returns `P × K` totals, `[p * K + k]`
   */
  psuTotals(rows: Int32Array, x: Float64Array, K: number): Float64Array;
}

const RAKE_SWEEPS = 10;

/**
 * The residualisation of `residualizeScores` followed by summing to PSUs, rearranged so that each set
 * of scores costs O(rows·K) plus work on cells, not O(n·K·sweeps). After the steps so far the scores
 * are `x_i = x0_i − Σ_s w_si · D_s[cell_s(i)]`, so each cell mean needs only the cell sums of x0 and,
 * per pair of units, the cell × cell sums `Σ α_si w_s'i` (α = 1 for a weighted mean, 1/w for an
 * unweighted one), precomputed once here; PSU totals need the PSU × cell sums of the weights.
 *
 * @example calibrationOperator(design).psuTotals(Int32Array.of(0, 4), Float64Array.of(0.1, -0.1), 1)
 */
export function calibrationOperator(design: SurveyDesign): CalibrationOperator {
  const units: Unit[] = [];
  const schedule: number[] = [];
  const unit = (codes: Int32Array, psw: Float64Array, weighted: boolean) => {
    let cells = 0;
    for (const c of codes) cells = Math.max(cells, c + 1);
    const den = new Float64Array(cells);
    for (let i = 0; i < codes.length; i++) {
      if (psw[i] !== 0 && codes[i]! >= 0) den[codes[i]!]! += weighted ? psw[i]! : 1;
    }
    units.push({ codes, psw, weighted, cells, den });
    return units.length - 1;
  };
  for (const step of design.calibration) {
    if (step.kind === 'post-stratify') {
      schedule.push(unit(step.cells, step.weights ?? design.weights, true));
    } else {
      const ids = step.margins.map((codes, j) => unit(codes, step.weights?.[j] ?? design.weights, false));
      for (let sweep = 0; sweep < RAKE_SWEEPS; sweep++) schedule.push(...ids);
    }
  }
  const S = units.length;
  const n = design.n;
  const cross: Triples[] = [];
  for (const a of units) {
    for (const b of units) {
      cross.push(
        sumByPair(n, a.codes, b.codes, b.cells, (i) => (a.weighted ? 1 : 1 / a.psw[i]!) * b.psw[i]!, a.psw),
      );
    }
  }
  const byPsu = units.map((u) => sumByPair(n, design.psu, u.codes, u.cells, (i) => u.psw[i]!, u.psw));
  const P = design.psuStratum.length;

  return {
    design,
    psuTotals(rows, x, K) {
      const base = units.map((u) => new Float64Array(u.cells * K));
      const out = new Float64Array(P * K);
      for (let j = 0; j < rows.length; j++) {
        const i = rows[j]!;
        const p = design.psu[i]!;
        for (let k = 0; k < K; k++) out[p * K + k]! += x[j * K + k]!;
        units.forEach((u, s) => {
          const c = u.codes[i]!;
          if (c < 0 || u.psw[i] === 0) return;
          const alpha = u.weighted ? 1 : 1 / u.psw[i]!;
          for (let k = 0; k < K; k++) base[s]![c * K + k]! += alpha * x[j * K + k]!;
        });
      }
      const D = units.map((u) => new Float64Array(u.cells * K));
      for (const s of schedule) {
        const sums = Float64Array.from(base[s]!);
        for (let t = 0; t < S; t++) subtractProduct(sums, cross[s * S + t]!, D[t]!, K);
        const { den } = units[s]!;
        const d = D[s]!;
        for (let c = 0; c < den.length; c++) {
          if (den[c] === 0) continue;
          for (let k = 0; k < K; k++) d[c * K + k]! += sums[c * K + k]! / den[c]!;
        }
      }
      for (let s = 0; s < S; s++) subtractProduct(out, byPsu[s]!, D[s]!, K);
      return out;
    },
  };
}

/** `Σ_i f(i)` by (rowKey_i, colKey_i) over rows with nonzero weight and both keys ≥ 0, as triples. */
function sumByPair(
  n: number,
  rowKey: Int32Array,
  colKey: Int32Array,
  cols: number,
  f: (i: number) => number,
  weight: Float64Array,
): Triples {
  const index = new Map<number, number>();
  const row: number[] = [];
  const col: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rowKey[i]!;
    const c = colKey[i]!;
    if (r < 0 || c < 0 || weight[i] === 0) continue;
    const key = r * cols + c;
    let j = index.get(key);
    if (j === undefined) {
      j = row.length;
      index.set(key, j);
      row.push(r);
      col.push(c);
      value.push(0);
    }
    value[j]! += f(i);
  }
  return { row: Int32Array.from(row), col: Int32Array.from(col), value: Float64Array.from(value) };
}

/** `target[r, k] −= Σ_c M[r, c] · D[c, k]`. */
function subtractProduct(target: Float64Array, m: Triples, D: Float64Array, K: number) {
  for (let j = 0; j < m.row.length; j++) {
    const r = m.row[j]! * K;
    const c = m.col[j]! * K;
    const v = m.value[j]!;
    for (let k = 0; k < K; k++) target[r + k]! -= v * D[c + k]!;
  }
}
