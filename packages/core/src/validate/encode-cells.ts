import type { CategoricalBuilder } from './categorical-builder.ts';

/** What a cell means for {@link encodeCells}: a level, {@link MISSING_CELL}, or a caller's problem kind (< -1). */
export type CellMeaning = string | number;

/** The cell is missing (blank or a declared no-answer): code -1, no problem. */
export const MISSING_CELL = -1;

/**
 * Dictionary-encodes a column into `builder`, classifying each distinct cell once (a Map from the cell as
 * written to its code). `classify` returns the level of a cell, {@link MISSING_CELL}, or a problem kind
 * (a number below -1) that `problem(i, cell, kind)` is told of for every row holding that cell, in row order.
 * Codes are assigned in order of first appearance, exactly as `builder.set` row by row would.
 *
 * @example encodeCells(['a', ' ', 'a'], 3, builder, (c) => c.trim() || MISSING_CELL, () => {}) // codes [0, -1, 0]
 */
export function encodeCells(
  cells: readonly string[],
  n: number,
  builder: CategoricalBuilder,
  classify: (cell: string) => CellMeaning,
  problem: (i: number, cell: string, kind: number) => void,
): void {
  const byCell = new Map<string, number>();
  const codes = builder.codes;
  for (let i = 0; i < n; i++) {
    const cell = cells[i]!;
    let c = byCell.get(cell);
    if (c === undefined) {
      const meaning = classify(cell);
      c = typeof meaning === 'string' ? builder.code(meaning) : meaning;
      byCell.set(cell, c);
    }
    if (c >= 0) codes[i] = c;
    else if (c !== MISSING_CELL) problem(i, cell, c);
  }
}
