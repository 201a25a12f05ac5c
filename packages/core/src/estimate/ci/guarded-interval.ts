import { MinatError } from '../../errors/minat-error.ts';
import type { CiInput } from './ci-input.ts';
import type { CiResult } from './ci-result.ts';
import { clopperPearson } from './clopper-pearson.ts';

// Estimates computed as ratios of sums may miss [0, 1] by a rounding error; a variance that is zero in
// exact arithmetic may come out as ~1e-17 (e.g. after scaling every weight), so a variance below
// ROUNDING × p̂(1 − p̂) counts as zero (a real one that small would need an effective n above 1e12).
const ROUNDING = 1e-12;

/** Whether a variance is zero up to rounding, relative to the binomial variance p̂(1 − p̂). */
export function isZeroVariance(variance: number, p: number): boolean {
  return variance <= ROUNDING * p * (1 - p);
}

/**
 * Runs an interval formula for 0 < p̂ < 1 and V > 0, and handles everything else the same way for
 * every method: an empty domain (n = 0) gives NaN bounds flagged `empty`; p̂ = 0 or 1, or V = 0 (up to rounding),
 * gives Clopper–Pearson on the unweighted n flagged `boundary` (never R's NaN, error or 1e-12
 * artefacts). The result always satisfies `0 <= low <= p̂ <= high <= 1`.
 * @param input - See {@link CiInput}; throws `MinatError('option-invalid')` when a value is out of range.
 * @param formula - The method's interval for interior estimates.
 * @returns The interval with its flags.
 * @example guardedInterval({ estimate: 0, variance: 0, df: 5, level: 0.95, n: 16, weighted: true }, logitInterval)
 * // { low: 0, high: 0.2059072142078…, flags: ['boundary'], nEff: 16 }
 */
export function guardedInterval(input: CiInput, formula: (input: CiInput) => CiResult): CiResult {
  check(input);
  const p = Math.min(1, Math.max(0, input.estimate));
  const { n, level } = input;
  if (n === 0) return { low: Number.NaN, high: Number.NaN, flags: ['empty'] };
  if (p === 0 || p === 1 || isZeroVariance(input.variance, p)) {
    const flags = input.df > 0 ? ['boundary'] : ['boundary', 'df-zero'];
    return { ...clopperPearson(p * n, n, level), flags, nEff: n };
  }
  const result = formula({ ...input, estimate: p });
  const flags = [...result.flags];
  // Beta quantiles fail (NaN) only for shapes below ~1e-300 or above ~1e150, where the bound is p̂ to
  // within rounding; the NaN must not reach callers.
  if (Number.isNaN(result.low) || Number.isNaN(result.high)) flags.push('numeric-limit');
  const low = Number.isNaN(result.low) ? p : Math.max(0, Math.min(result.low, p));
  const high = Number.isNaN(result.high) ? p : Math.min(1, Math.max(result.high, p));
  if (low === high && flags.length === 0) flags.push('degenerate');
  return { ...result, low, high, flags };
}

function check(input: CiInput): void {
  const bad = (name: string, value: number, expected: string): never => {
    throw new MinatError('option-invalid', `invalid ${name} ${value}: expected ${expected}`, {
      value: String(value),
      expected,
    });
  };
  const { estimate, variance, df, level, n } = input;
  if (!(level > 0 && level < 1)) bad('level', level, 'a number between 0 and 1, e.g. 0.95');
  if (!(estimate >= -ROUNDING && estimate <= 1 + ROUNDING))
    bad('estimate', estimate, 'a proportion in [0, 1]');
  if (!(variance >= 0 && Number.isFinite(variance))) bad('variance', variance, 'a finite number >= 0');
  if (!(df >= 0)) bad('df', df, 'a number >= 0 (Infinity for normal quantiles)');
  if (!(n >= 0 && Number.isFinite(n))) bad('n', n, 'a count >= 0');
}
