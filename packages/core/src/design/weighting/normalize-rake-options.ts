import { MinatError } from '../../errors/minat-error.ts';

/** Options of `rake`. */
export interface RakeOptions {
  /**
   * Stopping threshold δ < ε on the change of the weighted cross-classification of all margins over one
   * pass: absolute (in weight units) when ≥ 1, relative to the input Σw when < 1. Default `1e-10`
   * (relative), or `1` with `rStopping`.
   */
  epsilon?: number;
  /** Most passes. Default `100`, or `10` with `rStopping`. */
  maxit?: number;
  /** Use R's default control `{ epsilon: 1, maxit: 10 }` (explicit `epsilon`/`maxit` still win). Default `false`. */
  rStopping?: boolean;
}

/**
 * Fills the defaults of {@link RakeOptions} and checks them.
 * @throws MinatError `option-invalid` naming the option, the value and what is allowed
 * @example normalizeRakeOptions({ rStopping: true }) // { epsilon: 1, maxit: 10 }
 */
export function normalizeRakeOptions(options: RakeOptions = {}): { epsilon: number; maxit: number } {
  const { rStopping = false } = options;
  if (typeof rStopping !== 'boolean') {
    throw new MinatError(
      'option-invalid',
      `invalid rStopping ${JSON.stringify(rStopping)}: expected one of true, false`,
      { value: String(rStopping), expected: 'true, false' },
    );
  }
  const epsilon = options.epsilon ?? (rStopping ? 1 : 1e-10);
  const maxit = options.maxit ?? (rStopping ? 10 : 100);
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon <= 0) {
    throw new MinatError(
      'option-invalid',
      `invalid epsilon ${JSON.stringify(epsilon)}: expected a number > 0 (≥ 1: absolute, in weight units; < 1: relative to the total weight)`,
      { value: String(epsilon), expected: 'a number > 0' },
    );
  }
  if (typeof maxit !== 'number' || !Number.isInteger(maxit) || maxit < 1) {
    throw new MinatError(
      'option-invalid',
      `invalid maxit ${JSON.stringify(maxit)}: expected a whole number ≥ 1`,
      {
        value: String(maxit),
        expected: 'a whole number ≥ 1',
      },
    );
  }
  return { epsilon, maxit };
}
