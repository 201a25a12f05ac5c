import type { Dimension } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import { createCodeMatcher } from './create-code-matcher.ts';
import { parseNumber } from './parse-number.ts';
import type { RowProblems } from './row-problems.ts';

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
      for (let i = 0; i < n; i++) {
        const cell = cells[i]!;
        const t = cell.trim();
        if (t === '' || missing.has(t.toLowerCase())) continue;
        const parsed = parseNumber(cell, decimalComma);
        if (!parsed.ok) {
          problems.add(i, header, cell, 'number-invalid', { role: dim.key }, 'a number');
          continue;
        }
        const v = parsed.value;
        const bin = bins.find(
          (b) => (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max),
        );
        if (bin) builder.set(i, bin.code);
        else
          problems.add(
            i,
            header,
            cell,
            'number-out-of-bins',
            { role: dim.key, suggestions: expected },
            expected,
          );
      }
      out.set(dim.key, builder);
    } else if (dim.codes) {
      const match = createCodeMatcher(dim.codes, dim.missing);
      const builder = new CategoricalBuilder(
        n,
        dim.codes.map((c) => c.code),
      );
      const expected = dim.codes.map((c) => c.code).join(', ');
      for (let i = 0; i < n; i++) {
        const hit = match(cells[i]!);
        if (hit.kind === 'code') builder.set(i, hit.code);
        else if (hit.kind === 'unknown')
          problems.add(
            i,
            header,
            cells[i]!,
            'code-unknown',
            { role: dim.key, suggestions: expected },
            expected,
          );
      }
      out.set(dim.key, builder);
    } else {
      const builder = new CategoricalBuilder(n);
      for (let i = 0; i < n; i++) {
        const t = cells[i]!.trim();
        if (t !== '' && !missing.has(t.toLowerCase())) builder.set(i, t);
      }
      out.set(dim.key, builder);
    }
  }
  return out;
}
