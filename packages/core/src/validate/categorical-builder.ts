import type { Categorical } from './validated-survey.ts';

/**
 * Builds a dictionary-encoded column. Levels given up front keep their order (a codebook);
 * others are appended in order of first appearance.
 */
export class CategoricalBuilder {
  readonly levels: string[];
  private readonly index = new Map<string, number>();
  readonly codes: Int32Array;

  constructor(n: number, levels: readonly string[] = []) {
    this.codes = new Int32Array(n).fill(-1);
    this.levels = [];
    for (const level of levels) this.code(level);
  }

  /** The code of `level`, adding it when new. */
  code(level: string): number {
    let c = this.index.get(level);
    if (c === undefined) {
      c = this.levels.length;
      this.levels.push(level);
      this.index.set(level, c);
    }
    return c;
  }

  /** Sets row `i` to `level` (or missing when `level` is undefined). */
  set(i: number, level: string | undefined): void {
    this.codes[i] = level === undefined ? -1 : this.code(level);
  }

  /** The column restricted to the rows in `keep` (indices, ascending). */
  take(keep: Int32Array): Categorical {
    // Every row kept (keep is 0, 1, …, n - 1): a block copy.
    if (keep.length === this.codes.length) return { codes: this.codes.slice(), levels: this.levels };
    const codes = new Int32Array(keep.length);
    for (let k = 0; k < keep.length; k++) codes[k] = this.codes[keep[k]!]!;
    return { codes, levels: this.levels };
  }
}
