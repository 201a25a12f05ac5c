import type { Issue } from '../../errors/issue.ts';
import { MinatError } from '../../errors/minat-error.ts';
import type { SurveyDesign } from '../survey-design.ts';
import { calibrateCells } from './calibrate-cells.ts';
import { checkCellCodes } from './check-cell-codes.ts';
import { normalizeRakeOptions, type RakeOptions } from './normalize-rake-options.ts';

/** One raking margin: the cell of every row and the population count of each cell. */
export interface RakeMargin {
  codes: Int32Array;
  levels: string[];
  population: Record<string, number>;
}

/** Result of {@link rake}. */
export interface RakeResult {
  /** The raked design (a new object; `calibration` ends with the `rake` step). */
  design: SurveyDesign;
  /** Passes run (one pass post-stratifies on every margin in turn). */
  passes: number;
  /**
   * Whether raking stopped because the last pass changed no cell of the cross-classification by
   * `epsilon` or more (R's rule) and every margin is met within max(ε, 1e-8·Σw).
   */
  converged: boolean;
  /** Largest change of a cell of the cross-classification in the last pass (weight units). */
  delta: number;
}

/**
 * Raking (iterative proportional fitting), as R's `rake` (methods.md §5.2): each pass post-stratifies on
 * margin 1, then margin 2, … in order. After each pass the weighted table over the cross-classification
 * of all margins is compared with the one before the pass (before the first: the input weights); raking
 * stops when the largest change δ < ε. By default it converges tightly (`epsilon` 1e-10 relative to the
 * input Σw, up to 100 passes); `{ rStopping: true }` or `{ epsilon: 1, maxit: 10 }` reproduces R's
 * default control exactly (same passes, same weights). A raking that does not converge keeps its last
 * weights and adds a warning issue `rake-not-converged` to the design; unlike R, so does one that
 * stops on δ with a margin still off by max(ε, 1e-8·Σw) or more (margins that cannot all be met).
 *
 * @param design - the design to rake (the input is not modified)
 * @param margins - the margins, in the order they are applied; each as for `postStratify`
 * @param options - `epsilon`, `maxit`, `rStopping` (see {@link RakeOptions})
 * @returns `{ design, passes, converged, delta }`
 * @throws MinatError `calibration-invalid` for a bad margin (as `postStratify`, without `partial`);
 *   `option-invalid` for a bad option
 * @example
 * ```ts
 * const { design: raked, converged } = rake(design, [
 *   { codes: prov, levels: ['A', 'B', 'C'], population: { A: 150, B: 200, C: 150 } },
 *   { codes: sex, levels: ['F', 'M'], population: { F: 260, M: 240 } },
 * ]);
 * ```
 */
export function rake(design: SurveyDesign, margins: RakeMargin[], options: RakeOptions = {}): RakeResult {
  const { epsilon, maxit } = normalizeRakeOptions(options);
  if (!Array.isArray(margins) || margins.length === 0) {
    throw new MinatError('calibration-invalid', 'raking needs at least one margin', {
      expected: 'a non-empty array of { codes, levels, population }',
    });
  }
  margins.forEach((m, j) => {
    checkCellCodes(m, design.n, `raking margin ${j + 1}`);
  });
  const cross = crossClassify(margins, design.n);
  let old = cellTotals(design.weights, cross);
  let total = 0;
  for (const w of design.weights) total += w;
  const threshold = epsilon < 1 ? epsilon * total : epsilon;
  let weights = design.weights;
  const stepWeights: Float64Array[] = [];
  let passes = 0;
  let converged = false;
  let delta = Number.NaN;
  while (passes < maxit) {
    margins.forEach((m, j) => {
      weights = calibrateCells(weights, m, m.population, false, `raking margin ${j + 1}`).weights;
      stepWeights[j] = weights;
    });
    passes++;
    const now = cellTotals(weights, cross);
    delta = 0;
    for (let c = 0; c < now.length; c++) delta = Math.max(delta, Math.abs(now[c]! - old[c]!));
    if (delta < threshold) {
      converged = true;
      break;
    }
    old = now;
  }
  const issues: Issue[] = [...design.issues];
  // R stops on δ alone; when the margins cannot all be met, passes can cycle with δ → 0 while a
  // margin stays off, so convergence also requires every margin to be met.
  const tolerance = Math.max(threshold, 1e-8 * Math.abs(total));
  const off = converged ? worstMargin(weights, margins) : undefined;
  if (off && off.gap >= tolerance) {
    converged = false;
    issues.push({
      level: 'warning',
      code: 'rake-not-converged',
      message: `raking stopped after ${passes} passes but cannot meet all margins: cell ${JSON.stringify(off.cell)} of raking margin ${off.margin} is off its population count by ${off.gap}; check that the margins describe the same population and that no needed combination of cells is missing from the sample`,
      value: off.cell,
      details: { passes, delta, threshold, margin: off.margin, gap: off.gap },
    });
  } else if (!converged) {
    issues.push({
      level: 'warning',
      code: 'rake-not-converged',
      message: `raking did not converge after ${passes} passes: the last pass still changed a cell of the cross-classification of the margins by ${delta} (threshold ${threshold}); the weights of the last pass are kept`,
      value: String(delta),
      details: { passes, delta, threshold },
    });
  }
  return {
    design: {
      ...design,
      weights,
      calibration: [
        ...design.calibration,
        { kind: 'rake', margins: margins.map((m) => m.codes), weights: stepWeights },
      ],
      issues,
    },
    passes,
    converged,
    delta,
  };
}

/** The margin cell furthest from its population count (1-based margin number). */
function worstMargin(weights: Float64Array, margins: RakeMargin[]) {
  let worst = { margin: 0, cell: '', gap: 0 };
  margins.forEach((m, j) => {
    const totals = cellTotals(weights, m.codes);
    m.levels.forEach((cell, c) => {
      const N = Object.hasOwn(m.population, cell) ? m.population[cell]! : 0;
      const gap = Math.abs((totals[c] ?? 0) - N);
      if (gap > worst.gap) worst = { margin: j + 1, cell, gap };
    });
  });
  return worst;
}

/** Index of every row's cell in the cross-classification of all margins (only cells that occur). */
function crossClassify(margins: RakeMargin[], n: number): Int32Array {
  let cross = Int32Array.from(margins[0]!.codes);
  for (const m of margins.slice(1)) {
    const ids = new Map<number, number>();
    const L = m.levels.length;
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = cross[i]! * L + m.codes[i]!;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      next[i] = id;
    }
    cross = next;
  }
  return cross;
}

function cellTotals(weights: Float64Array, cell: Int32Array): Float64Array {
  let C = 0;
  for (const c of cell) C = Math.max(C, c + 1);
  const out = new Float64Array(C);
  for (let i = 0; i < cell.length; i++) out[cell[i]!]! += weights[i]!;
  return out;
}
