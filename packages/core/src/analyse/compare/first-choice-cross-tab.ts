import type { SurveyDesign } from '../../design/survey-design.ts';
import { type CrossTabCells, crossTabCellsOf } from '../../estimate/compare/cross-tab-cells.ts';
import { RatioSums } from '../../estimate/ratio-sums.ts';
import type { Categorical } from '../../validate/validated-survey.ts';

/**
 * The cross-tab cells of `column` × first-choice unit among the given rows (ascending; undefined =
 * every row), summed per PSU in one pass over them: the sums `crossTabCells` gathers on a design view
 * holding only the rows with both variables, added in the same order, so every number is the same.
 * Levels without rows are left out after the pass. Undefined when a level has rows but no positive
 * weighted total (`crossTabCells` leaves its rows out of every PSU slot and of `n`, which one pass
 * cannot know before it ends: the caller takes that path) or on a calibrated design (its scores are
 * residualised row by row). Internal to compareGroups.
 *
 * @param first - first-choice destination code per row (`-1` = none)
 * @param unitOf - unit of each destination code (`-1` = in no unit)
 * @param units - unit labels
 */
export function firstChoiceCrossTab(
  design: SurveyDesign,
  rows: Int32Array | undefined,
  column: Categorical,
  first: Int32Array,
  unitOf: Int32Array | readonly number[],
  units: string[],
): CrossTabCells | undefined {
  if (design.calibration.length > 0) return undefined;
  const R0 = column.levels.length;
  const C0 = units.length;
  const K0 = R0 * C0;
  const codes = column.codes;
  const w = design.weights;
  const rowPsu = design.psu;
  const slotOf = new Int32Array(design.psuStratum.length).fill(-1);
  let capacity = 256;
  let slotPsu = new Int32Array(capacity);
  let slotPositive = new Uint8Array(capacity);
  let A = new Float64Array(capacity * K0);
  let B = new Float64Array(capacity);
  let size = 0;
  const rowTotal = new Float64Array(R0);
  const colTotal = new Float64Array(C0);
  const rowCount = new Int32Array(R0);
  const colCount = new Int32Array(C0);
  const cellCount = new Float64Array(K0);
  let n = 0;
  let nPositive = 0;
  const count = rows ? rows.length : design.n;
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    const a = codes[i]!;
    if (a < 0) continue;
    const c = first[i]!;
    if (c < 0) continue;
    const b = unitOf[c]!;
    if (b < 0) continue;
    const wi = w[i]!;
    rowTotal[a]! += wi;
    colTotal[b]! += wi;
    rowCount[a]!++;
    colCount[b]!++;
    const p = rowPsu[i]!;
    let s = slotOf[p]!;
    if (s < 0) {
      s = size++;
      slotOf[p] = s;
      if (s >= capacity) {
        capacity *= 2;
        slotPsu = grown(slotPsu, capacity);
        slotPositive = grown(slotPositive, capacity);
        A = grown(A, capacity * K0);
        B = grown(B, capacity);
      }
      slotPsu[s] = p;
    }
    const k = a + R0 * b;
    A[s * K0 + k]! += wi;
    B[s]! += wi;
    cellCount[k]!++;
    n++;
    if (wi > 0) {
      slotPositive[s] = 1;
      nPositive++;
    }
  }
  const rowIndex = kept(rowTotal, rowCount);
  const colIndex = kept(colTotal, colCount);
  if (!rowIndex || !colIndex) return undefined;
  const r = rowIndex.length;
  const K = r * colIndex.length;
  const sums = new RatioSums(design, K, 1);
  sums.size = size;
  sums.slotGroup = new Int32Array(size);
  sums.slotPsu = slotPsu.subarray(0, size);
  sums.slotPositive = slotPositive.subarray(0, size);
  sums.B = B.subarray(0, size);
  sums.n[0] = n;
  sums.nPositive[0] = nPositive;
  if (K === K0) {
    sums.A = A.subarray(0, size * K);
    sums.count.set(cellCount);
  } else {
    sums.A = new Float64Array(size * K);
    colIndex.forEach((b0, b) => {
      rowIndex.forEach((a0, a) => {
        const from = a0 + R0 * b0;
        const to = a + r * b;
        sums.count[to] = cellCount[from]!;
        for (let s = 0; s < size; s++) sums.A[s * K + to] = A[s * K0 + from]!;
      });
    });
  }
  const notKept = (index: number[], length: number) =>
    Array.from({ length }, (_, j) => j).filter((j) => !index.includes(j));
  return crossTabCellsOf(
    design,
    sums,
    {
      rowLevels: rowIndex.map((a) => column.levels[a]!),
      colLevels: colIndex.map((b) => units[b]!),
      dropped: {
        rows: notKept(rowIndex, R0).map((a) => column.levels[a]!),
        cols: notKept(colIndex, C0).map((b) => units[b]!),
      },
      n,
    },
    () => {
      throw new Error('firstChoiceCrossTab: a calibrated design has no per-PSU shortcut');
    },
  );
}

/** Levels with a positive total; undefined when a level has rows but no positive total. */
function kept(total: Float64Array, rows: Int32Array): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < total.length; j++) {
    if (total[j]! > 0) out.push(j);
    else if (rows[j]! > 0) return undefined;
  }
  return out;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
