import { stratifiedCovariance } from '../../design/stratified-covariance.ts';
import type { SurveyDesign } from '../../design/survey-design.ts';
import { calibratedPsuScores } from '../../design/weighting/calibrated-psu-scores.ts';
import { MinatError } from '../../errors/minat-error.ts';
import { type RatioSums, ratioSums } from '../ratio-sums.ts';
import { type RatioInput, ratioTableOf } from '../ratio-table.ts';

/** A categorical variable as codes per design row (`-1` = missing) and the labels of its codes. */
export interface CodedFactor {
  codes: Int32Array;
  levels: string[];
}

/** Weighted r × c cell proportions and totals of two factors, cells ordered row-fastest (`a + r·b`). */
export interface CrossTabCells {
  /** Levels kept (those with a positive weighted total among rows where both are present). */
  rowLevels: string[];
  colLevels: string[];
  /** Levels dropped because no row with a positive weight has them. */
  dropped: { rows: string[]; cols: string[] };
  /** Rows used: both codes present, at kept levels (zero weights included, as R's table size). */
  n: number;
  /** Cell proportions p̂ and their K × K covariance (row-major), K = r·c. */
  p: Float64Array;
  V: Float64Array;
  /** Weighted cell totals and their covariance (computed on first call). */
  totals: Float64Array;
  totalsCovariance(): Float64Array;
}

/**
 * Cross-tabulates two factors on a design as `svymean`/`svytotal` of the cell indicators do with
 * `na.rm=TRUE`: rows missing either factor leave the domain while the design is kept (methods.md §1.7,
 * §7.2). Proportions and their covariance come from {@link ratioTable} (so calibration is accounted
 * for); totals from the same PSU sums. Empty levels are dropped first (R gives NaN with them).
 *
 * @param design - the survey design
 * @param rows - row factor (codes per design row)
 * @param cols - column factor
 * @throws MinatError `option-invalid` when a code vector's length differs from the design's rows or a
 *   code is out of range
 * @example crossTabCells(design, { codes: sexCodes, levels: ['F', 'M'] }, { codes: destCodes, levels })
 */
export function crossTabCells(design: SurveyDesign, rows: CodedFactor, cols: CodedFactor): CrossTabCells {
  check(design, rows, 'rows');
  check(design, cols, 'cols');
  const rowTotal = new Float64Array(rows.levels.length);
  const colTotal = new Float64Array(cols.levels.length);
  for (let i = 0; i < design.n; i++) {
    const a = rows.codes[i]!;
    const b = cols.codes[i]!;
    if (a < 0 || b < 0) continue;
    rowTotal[a]! += design.weights[i]!;
    colTotal[b]! += design.weights[i]!;
  }
  const rowIndex = keep(rowTotal);
  const colIndex = keep(colTotal);
  const r = rowIndex.kept.length;
  const c = colIndex.kept.length;
  const K = r * c;
  const group = new Int32Array(design.n).fill(-1);
  const denominator = new Float64Array(design.n);
  const offsets = new Int32Array(design.n + 1);
  const index: number[] = [];
  for (let i = 0; i < design.n; i++) {
    const a = rows.codes[i]! < 0 ? -1 : rowIndex.map[rows.codes[i]!]!;
    const b = cols.codes[i]! < 0 ? -1 : colIndex.map[cols.codes[i]!]!;
    if (a >= 0 && b >= 0) {
      group[i] = 0;
      denominator[i] = 1;
      index.push(a + r * b);
    }
    offsets[i + 1] = index.length;
  }
  const input: RatioInput = {
    K,
    G: 1,
    group,
    denominator,
    numerators: { offsets, index: Int32Array.from(index), value: new Float64Array(index.length).fill(1) },
  };
  return crossTabCellsOf(
    design,
    ratioSums(design, input),
    {
      rowLevels: rowIndex.kept.map((a) => rows.levels[a]!),
      colLevels: colIndex.kept.map((b) => cols.levels[b]!),
      dropped: {
        rows: rowIndex.dropped.map((a) => rows.levels[a]!),
        cols: colIndex.dropped.map((b) => cols.levels[b]!),
      },
      n: index.length,
    },
    () => input,
  );
}

/** Levels and rows of a cross-tabulation, as {@link CrossTabCells} reports them. */
export type CrossTabLevels = Pick<CrossTabCells, 'rowLevels' | 'colLevels' | 'dropped' | 'n'>;

/**
 * The {@link CrossTabCells} of per-PSU cell sums already gathered (one group, cells `a + r·b` over the
 * kept levels, slots in order of the PSUs' first row), as {@link crossTabCells} finishes its own.
 * `input` is read only on a calibrated design. Internal to the estimate and analyse stages.
 */
export function crossTabCellsOf(
  design: SurveyDesign,
  sums: RatioSums,
  levels: CrossTabLevels,
  input: () => RatioInput,
): CrossTabCells {
  const K = sums.K;
  const table = ratioTableOf(design, sums, input);
  const psuSums = table.psuSums;
  const totals = new Float64Array(K);
  for (let s = 0; s < psuSums.B.length; s++) for (let k = 0; k < K; k++) totals[k]! += psuSums.A[s * K + k]!;
  return {
    ...levels,
    p: Float64Array.from(table.cells, (cell) => cell.estimate),
    V: table.groupCovariance(0),
    totals,
    totalsCovariance() {
      // Scores of a total are w·a; on a calibrated design they are residualised like the proportions'.
      const { psus, z } =
        design.calibration.length > 0
          ? calibratedPsuScores(design, input(), 0, { R: new Float64Array(K), B: 1 })
          : { psus: psuSums.psu, z: psuSums.A };
      return stratifiedCovariance(design, psus, z, K);
    },
  };
}

function keep(total: Float64Array): { kept: number[]; dropped: number[]; map: Int32Array } {
  const kept: number[] = [];
  const dropped: number[] = [];
  const map = new Int32Array(total.length).fill(-1);
  total.forEach((t, j) => {
    if (t > 0) {
      map[j] = kept.length;
      kept.push(j);
    } else dropped.push(j);
  });
  return { kept, dropped, map };
}

function check(design: SurveyDesign, factor: CodedFactor, name: string): void {
  if (factor.codes.length !== design.n) {
    throw new MinatError(
      'option-invalid',
      `invalid ${name}: ${factor.codes.length} codes for a design of ${design.n} rows`,
      {
        value: String(factor.codes.length),
        expected: `one code per design row (${design.n})`,
      },
    );
  }
  for (const code of factor.codes) {
    if (code < -1 || code >= factor.levels.length) {
      throw new MinatError(
        'option-invalid',
        `invalid ${name} code ${code}: expected -1 (missing) or 0..${factor.levels.length - 1} for levels ${factor.levels.join(', ')}`,
        { value: String(code), expected: `-1..${factor.levels.length - 1}` },
      );
    }
  }
}
