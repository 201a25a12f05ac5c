import { type ColumnTable, from } from 'arquero';

/**
 * A result table (rows with the standard columns) as an arquero table, for further shaping with
 * arquero's verbs (filter, groupby, pivot, join) or export with its writers.
 *
 * @example toArquero(estimateShares(survey, design).rows).filter((d) => d.estimate > 0.1)
 */
export function toArquero(rows: readonly object[]): ColumnTable {
  return from(rows as object[]);
}
