import type { SurveySchema } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import { encodeCells } from './encode-cells.ts';
import { type ParsedNumber, parseNumber } from './parse-number.ts';
import type { RowProblems } from './row-problems.ts';

const BLANK = -2;

/** Design columns of every data row, before rejected rows are removed. */
export interface DesignColumns {
  weight: Float64Array;
  zeroWeights: number;
  wave?: CategoricalBuilder;
  strata?: CategoricalBuilder;
  /** PSU ids (trimmed), keyed with the stratum later (`nestPsu`). */
  psu?: CategoricalBuilder;
  fpc?: Float64Array;
  id?: string[];
}

/**
 * Validates the design columns (weight, wave, strata, PSU, fpc, id) of every row.
 * A declared design column with a missing value rejects the row; weights must be finite and ≥ 0.
 */
export function validateDesignColumns(
  schema: SurveySchema,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
  decimalComma: boolean,
): DesignColumns {
  const weight = new Float64Array(n).fill(1);
  let zeroWeights = 0;
  const out: DesignColumns = { weight, zeroWeights };
  if (schema.weight) {
    const cells = lookup.cells(schema.weight, 'weight');
    const header = lookup.header(schema.weight);
    const expected = 'a finite number ≥ 0';
    const parsedOf = new Map<string, ParsedNumber>();
    for (let i = 0; i < n; i++) {
      const cell = cells[i]!;
      let parsed = parsedOf.get(cell);
      if (parsed === undefined) {
        parsed = parseNumber(cell, decimalComma);
        parsedOf.set(cell, parsed);
      }
      if (!parsed.ok) {
        if (parsed.reason === 'empty')
          problems.add(i, header, cell, 'design-value-missing', { role: 'weight' }, expected);
        else if (parsed.reason === 'not-finite')
          problems.add(i, header, cell, 'weight-not-finite', {}, expected);
        else problems.add(i, header, cell, 'weight-not-numeric', {}, expected);
      } else if (!Number.isFinite(parsed.value))
        problems.add(i, header, cell, 'weight-not-finite', {}, expected);
      else if (parsed.value < 0) problems.add(i, header, cell, 'weight-negative', {}, expected);
      else {
        weight[i] = parsed.value;
        if (parsed.value === 0 && !problems.has(i)) zeroWeights++;
      }
    }
    out.zeroWeights = zeroWeights;
  }
  const categorical = (name: string | undefined, role: string) => {
    if (!name) return undefined;
    const cells = lookup.cells(name, role);
    const header = lookup.header(name);
    const builder = new CategoricalBuilder(n);
    encodeCells(
      cells,
      n,
      builder,
      (cell) => cell.trim() || BLANK,
      (i, cell) => problems.add(i, header, cell, 'design-value-missing', { role }, `a ${role} value`),
    );
    return builder;
  };
  const wave = categorical(schema.wave, 'wave');
  if (wave) out.wave = wave;
  const strata = categorical(schema.strata, 'stratum');
  if (strata) out.strata = strata;
  if (schema.psu) {
    const cells = lookup.cells(schema.psu, 'PSU');
    const header = lookup.header(schema.psu);
    const psu = new CategoricalBuilder(n);
    encodeCells(
      cells,
      n,
      psu,
      (cell) => cell.trim() || BLANK,
      (i, cell) => problems.add(i, header, cell, 'design-value-missing', { role: 'PSU' }, 'a PSU id'),
    );
    out.psu = psu;
  }
  if (schema.fpc) {
    const cells = lookup.cells(schema.fpc.column, 'fpc');
    const header = lookup.header(schema.fpc.column);
    const fpc = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const parsed = parseNumber(cells[i]!, decimalComma);
      if (parsed.ok && Number.isFinite(parsed.value) && parsed.value > 0) fpc[i] = parsed.value;
      else if (!parsed.ok && parsed.reason === 'empty')
        problems.add(i, header, cells[i]!, 'design-value-missing', { role: 'fpc' }, 'a positive number');
      else problems.add(i, header, cells[i]!, 'fpc-invalid', {}, 'a positive number');
    }
    out.fpc = fpc;
  }
  if (schema.id) out.id = lookup.cells(schema.id, 'id').map((c) => c.trim());
  return out;
}
