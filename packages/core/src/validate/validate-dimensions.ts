import type { Dimension } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import { createCodeMatcher } from './create-code-matcher.ts';
import { encodeCells, MISSING_CELL } from './encode-cells.ts';
import { parseNumber } from './parse-number.ts';
import type { RowProblems } from './row-problems.ts';

const NUMBER_INVALID = -2;
const OUT_OF_BINS = -3;
const UNKNOWN_CODE = -2;

function binLabel(min: number | undefined, max: number | undefined): string {
  if (min === undefined) return `≤ ${max}`;
  if (max === undefined) return `≥ ${min}`;
  return `${min}–${max}`;
}

/**
 * Validates the grouping dimensions: codebook values (by code, label or alias), numeric bins, or free
 * categories when the schema gives neither. Unknown codes and numbers outside every bin reject the row;
 * blank and declared missing values leave the row in the design with the dimension missing.
 */
export function validateDimensions(
  dimensions: readonly Dimension[],
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
  decimalComma: boolean,
): Map<string, CategoricalBuilder> {
  const out = new Map<string, CategoricalBuilder>();
  for (const dim of dimensions) {
    const cells = lookup.cells(dim.column, dim.key);
    const header = lookup.header(dim.column);
    const missing = new Set((dim.missing ?? []).map((m) => m.trim().toLowerCase()));
    if (dim.bins) {
      const bins = dim.bins;
      const builder = new CategoricalBuilder(
        n,
        bins.map((b) => b.code),
      );
      const expected = bins.map((b) => `${b.code}: ${binLabel(b.min, b.max)}`).join(', ');
      encodeCells(
        cells,
        n,
        builder,
        (cell) => {
          const t = cell.trim();
          if (t === '' || missing.has(t.toLowerCase())) return MISSING_CELL;
          const parsed = parseNumber(cell, decimalComma);
          if (!parsed.ok) return NUMBER_INVALID;
          const v = parsed.value;
          const bin = bins.find(
            (b) => (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max),
          );
          return bin ? bin.code : OUT_OF_BINS;
        },
        (i, cell, kind) => {
          if (kind === NUMBER_INVALID)
            problems.add(i, header, cell, 'number-invalid', { role: dim.key }, 'a number');
          else
            problems.add(
              i,
              header,
              cell,
              'number-out-of-bins',
              { role: dim.key, suggestions: expected },
              expected,
            );
        },
      );
      out.set(dim.key, builder);
    } else if (dim.codes) {
      const match = createCodeMatcher(dim.codes, dim.missing);
      const builder = new CategoricalBuilder(
        n,
        dim.codes.map((c) => c.code),
      );
      const expected = dim.codes.map((c) => c.code).join(', ');
      encodeCells(
        cells,
        n,
        builder,
        (cell) => {
          const hit = match(cell);
          return hit.kind === 'code' ? hit.code : hit.kind === 'unknown' ? UNKNOWN_CODE : MISSING_CELL;
        },
        (i, cell) =>
          problems.add(i, header, cell, 'code-unknown', { role: dim.key, suggestions: expected }, expected),
      );
      out.set(dim.key, builder);
    } else {
      const builder = new CategoricalBuilder(n);
      encodeCells(
        cells,
        n,
        builder,
        (cell) => {
          const t = cell.trim();
          return t !== '' && !missing.has(t.toLowerCase()) ? t : MISSING_CELL;
        },
        () => {},
      );
      out.set(dim.key, builder);
    }
  }
  return out;
}
