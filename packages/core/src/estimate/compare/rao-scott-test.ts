import type { SurveyDesign } from '../../design/survey-design.ts';
import { MinatError } from '../../errors/minat-error.ts';
import { chisquareCdf, fCdf } from '../ci/quantiles.ts';
import { type CodedFactor, type CrossTabCells, crossTabCells } from './cross-tab-cells.ts';
import { raoScottDelta } from './rao-scott-delta.ts';
import { waldAssociation } from './wald-association.ts';

/** Test statistics of {@link raoScottTest}, as R's `svychisq(statistic=)`. */
export type AssociationStatistic = 'F' | 'Chisq' | 'Wald' | 'adjWald';

/** Result of {@link raoScottTest}; nulls where the test is undefined (never NaN). */
export interface AssociationTest {
  /** F (`F`, `Wald`, `adjWald`) or the first-order corrected X²/mean(diag Δ) (`Chisq`). */
  statistic: number | null;
  /** `[d1, d2]` of the F reference distribution, or the χ² df for `Chisq`. */
  df: [number, number] | number | null;
  p_value: number | null;
  method: string;
  /** Pearson's uncorrected X² on the weighted table rescaled to `n` (R reports it for `Chisq`). */
  pearson: number | null;
  /** Rows used (both variables present, at kept levels). */
  n: number;
  /** Levels left out because no row with a positive weight has them. */
  dropped: { rows: string[]; cols: string[] };
  /** `empty-levels-dropped`, `too-few-levels`, `singular`, `zero-variance`, `df-too-small`. */
  flags: string[];
}

const STATISTICS: readonly AssociationStatistic[] = ['F', 'Chisq', 'Wald', 'adjWald'];

/**
 * Design-based test of association between two categorical variables, as R's
 * `svychisq(~rows + cols, design, statistic)` with `na.rm=TRUE` (methods.md §7.2): the second-order
 * Rao–Scott F with Satterthwaite df (`F`, default), the first-order correction against χ² (`Chisq`),
 * and Koch's Wald test (`Wald`) with its adjusted version (`adjWald`). ν = #PSU − #strata over all rows
 * of the design. Unlike R, which returns NaN, levels without any weighted row are dropped first and
 * the flag `empty-levels-dropped` says so. Upper-tail p-values of F use `P(F(d2,d1) < 1/x)`, exact
 * to full precision; those of `Chisq` are `1 − cdf` (below ~1e-16 they print as 0).
 *
 * @param design - the survey design
 * @param rows - row variable: a code per design row (`-1` = missing) and the level labels
 * @param cols - column variable
 * @param statistic - `F` (default), `Chisq`, `Wald` or `adjWald`
 * @throws MinatError `option-invalid` for an unknown statistic or codes that do not fit the design
 * @example raoScottTest(design, sex, destination) // { statistic: 0.462, df: [1.49, 7.46], p_value: 0.593, … }
 */
export function raoScottTest(
  design: SurveyDesign,
  rows: CodedFactor,
  cols: CodedFactor,
  statistic: AssociationStatistic = 'F',
): AssociationTest {
  checkStatistic(statistic);
  return raoScottTestOf(design, crossTabCells(design, rows, cols), statistic);
}

/**
 * {@link raoScottTest} of cross-tab cells already built (`crossTabCells`, or `crossTabCellsOf` from
 * per-PSU sums gathered by the caller). Internal: not exported from the package.
 *
 * @throws MinatError `option-invalid` for an unknown statistic
 */
export function raoScottTestOf(
  design: SurveyDesign,
  cells: CrossTabCells,
  statistic: AssociationStatistic = 'F',
): AssociationTest {
  checkStatistic(statistic);
  const wald = statistic === 'Wald' || statistic === 'adjWald';
  const r = cells.rowLevels.length;
  const c = cells.colLevels.length;
  const out: AssociationTest = {
    statistic: null,
    df: null,
    p_value: null,
    method: wald ? 'Design-based Wald test of association' : "Pearson's X^2: Rao & Scott adjustment",
    pearson: null,
    n: cells.n,
    dropped: cells.dropped,
    flags: cells.dropped.rows.length + cells.dropped.cols.length > 0 ? ['empty-levels-dropped'] : [],
  };
  if (r < 2 || c < 2) {
    out.flags.push('too-few-levels');
    return out;
  }
  out.pearson = pearson(cells.p, r, c, cells.n);
  const nu = design.psuStratum.length - design.psuCount.length;
  const q = (r - 1) * (c - 1);
  if (wald) {
    const d2 = statistic === 'Wald' ? nu : nu - q + 1;
    out.df = [q, d2];
    if (!(d2 > 0)) return flag(out, 'df-too-small');
    const W = waldAssociation(cells.totals, cells.totalsCovariance(), r, c);
    if (W === null) return flag(out, 'singular');
    out.statistic = statistic === 'Wald' ? W / q : (W * d2) / (q * nu);
    out.p_value = fUpper(out.statistic, q, d2);
    return out;
  }
  const delta = raoScottDelta(cells.p, cells.V, r, c, cells.n);
  if (delta === null) return flag(out, 'singular');
  let trace = 0;
  let trace2 = 0;
  for (let i = 0; i < q; i++) {
    trace += delta.data[i * q + i]!;
    for (let j = 0; j < q; j++) trace2 += delta.data[i * q + j]! * delta.data[j * q + i]!;
  }
  if (!(trace > 0)) return flag(out, 'zero-variance');
  if (statistic === 'Chisq') {
    out.statistic = out.pearson / (trace / q);
    out.df = q;
    out.p_value = 1 - chisquareCdf(out.statistic, q);
    return out;
  }
  const d0 = (trace * trace) / trace2;
  out.statistic = out.pearson / trace;
  out.df = [d0, d0 * nu];
  if (!(nu > 0)) return flag(out, 'df-too-small');
  out.p_value = fUpper(out.statistic, d0, d0 * nu);
  return out;
}

/** Pearson's X² without continuity correction on the table n·p̂ (all margins are positive here). */
function pearson(p: Float64Array, r: number, c: number, n: number): number {
  const row = new Float64Array(r);
  const col = new Float64Array(c);
  for (let b = 0; b < c; b++) {
    for (let a = 0; a < r; a++) {
      row[a]! += p[a + r * b]!;
      col[b]! += p[a + r * b]!;
    }
  }
  let x2 = 0;
  for (let b = 0; b < c; b++) {
    for (let a = 0; a < r; a++) {
      const expected = n * row[a]! * col[b]!;
      x2 += (n * p[a + r * b]! - expected) ** 2 / expected;
    }
  }
  return x2;
}

function checkStatistic(statistic: AssociationStatistic): void {
  if (!STATISTICS.includes(statistic)) {
    throw new MinatError(
      'option-invalid',
      `invalid statistic ${JSON.stringify(statistic)}: expected one of ${STATISTICS.join(', ')}`,
      { value: String(statistic), expected: STATISTICS.join(', ') },
    );
  }
}

function fUpper(x: number, d1: number, d2: number): number {
  return fCdf(1 / x, d2, d1);
}

function flag(out: AssociationTest, name: string): AssociationTest {
  out.flags.push(name);
  return out;
}
