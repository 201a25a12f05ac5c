import type { Confidence, Placement, PlacementDimension } from '../placement.ts';
import { checkCell } from './check-cell.ts';
import { parseReferenceCsv } from './parse-reference-csv.ts';

const FILE = 'placements.csv';
const COLUMNS = [
  'year',
  'period',
  'period_start',
  'period_end',
  'dimension',
  'key',
  'label',
  'value',
  'unit',
  'source_key',
  'source_url',
  'confidence',
  'note',
] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIMENSION =
  /^(total|destination|province|occupation|sector|gender|education|marital|scheme|[a-z_]+_share)$/;

/**
 * Converts placements.csv (long format, one official figure per row) into typed rows.
 *
 * @param text - Text of `placements.csv`.
 * @returns The rows in file order, numbers as numbers, codes as strings; `year` absent for multi-year periods.
 * @throws MinatError `csv-invalid` naming file, row, column and value for a malformed cell.
 * @example
 * ```ts
 * convertPlacements('year,period,…\n2024,full_year,…')[0]!.year; // 2024
 * ```
 */
export function convertPlacements(text: string): Placement[] {
  return parseReferenceCsv(FILE, text, COLUMNS).map((row) => {
    const note = row.cell('note');
    const year = checkCell(FILE, row, 'year', /^(\d{4})?$/, 'a year or empty');
    return {
      ...(year ? { year: Number(year) } : {}),
      period: checkCell(FILE, row, 'period', /./, 'a period label'),
      periodStart: checkCell(FILE, row, 'period_start', DATE, 'a date (YYYY-MM-DD)'),
      periodEnd: checkCell(FILE, row, 'period_end', DATE, 'a date (YYYY-MM-DD)'),
      dimension: checkCell(FILE, row, 'dimension', DIMENSION, 'a known dimension') as PlacementDimension,
      key: checkCell(FILE, row, 'key', /./, 'a key'),
      label: row.cell('label'),
      value: Number(checkCell(FILE, row, 'value', /^\d+(\.\d+)?$/, 'a non-negative number')),
      unit: checkCell(FILE, row, 'unit', ['persons', 'percent'], 'persons or percent') as Placement['unit'],
      sourceKey: checkCell(FILE, row, 'source_key', /./, 'a source key'),
      sourceUrl: checkCell(FILE, row, 'source_url', /^https?:\/\//, 'a URL'),
      confidence: checkCell(
        FILE,
        row,
        'confidence',
        ['high', 'medium', 'low'],
        'high, medium or low',
      ) as Confidence,
      ...(note ? { note } : {}),
    };
  });
}
