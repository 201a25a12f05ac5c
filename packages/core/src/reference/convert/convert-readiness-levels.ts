import type { ReadinessLevel } from '../readiness-level.ts';
import { checkCell } from './check-cell.ts';
import { parseReferenceCsv } from './parse-reference-csv.ts';

const FILE = 'readiness_levels.csv';
const COLUMNS = [
  'framework',
  'level',
  'order',
  'approx_cefr',
  'typical_use_for_pmi',
  'source_confidence',
] as const;

/**
 * Converts readiness_levels.csv (language-test levels) into typed rows.
 *
 * @param text - Text of `readiness_levels.csv`.
 * @returns The rows in file order; `order` a number where given.
 * @throws MinatError `csv-invalid` for a malformed cell.
 * @example
 * ```ts
 * convertReadinessLevels(text).find((l) => l.level === 'N4')?.order; // 2
 * ```
 */
export function convertReadinessLevels(text: string): ReadinessLevel[] {
  return parseReferenceCsv(FILE, text, COLUMNS).map((row) => {
    const order = checkCell(FILE, row, 'order', /^(\d+)?$/, 'a whole number or empty');
    const use = row.cell('typical_use_for_pmi');
    return {
      framework: checkCell(FILE, row, 'framework', /./, 'a framework name'),
      level: checkCell(FILE, row, 'level', /./, 'a level'),
      ...(order ? { order: Number(order) } : {}),
      approxCefr: row.cell('approx_cefr'),
      ...(use ? { typicalUse: use } : {}),
      sourceConfidence: row.cell('source_confidence'),
    };
  });
}
