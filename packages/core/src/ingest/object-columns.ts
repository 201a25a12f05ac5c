import type { Issue } from '../errors/issue.ts';
import { cellToString } from './cell-to-string.ts';
import type { RawProblem } from './raw-table.ts';
import { shortenValue } from './shorten-value.ts';

/**
 * Collects JSON records (objects) into columns: the headers are the union of the keys in first-seen order,
 * a key absent from a record gives `''`, scalars are written with {@link cellToString}, and nested objects or
 * arrays as JSON text (counted per column, reported by {@link ObjectColumns.nestedIssue}).
 *
 * @example
 * ```ts
 * const rows = new ObjectColumns('s.json', 'Record');
 * rows.add({ id: 1, ok: true }, 1);
 * rows.add({ id: 2, tags: ['a'] }, 2);
 * rows.headers; // ['id', 'ok', 'tags'];  rows.columns[2]: ['', '["a"]']
 * ```
 */
export class ObjectColumns {
  headers: string[] = [];
  columns: string[][] = [];
  rowNumbers: number[] = [];
  rowProblems = new Map<number, RawProblem[]>();
  /** Rows that are objects. */
  objects = 0;

  private readonly index = new Map<string, number>();
  private readonly nested = new Map<string, number>();

  /**
   * @param file - File name, for messages.
   * @param unit - What a row number counts: `Record` (JSON array index) or `Line` (NDJSON).
   */
  constructor(
    private readonly file: string,
    private readonly unit: 'Record' | 'Line',
  ) {}

  /**
   * Adds one record as a data row.
   * @param record - The parsed record; anything but a plain object becomes an empty row with `problem`.
   * @param rowNumber - Its row number (record index for JSON, line for NDJSON).
   * @param problem - Used when `record` is not an object (default: a `not-an-object` problem).
   */
  add(record: unknown, rowNumber: number, problem?: RawProblem): void {
    const row = this.rowNumbers.length;
    this.rowNumbers.push(rowNumber);
    if (problem === undefined && isObject(record)) {
      this.objects++;
      for (const key of Object.keys(record)) {
        const value = record[key];
        let c = this.index.get(key);
        if (c === undefined) {
          c = this.headers.length;
          this.index.set(key, c);
          this.headers.push(key);
          this.columns.push(new Array<string>(row).fill(''));
        }
        if (value !== null && typeof value === 'object')
          this.nested.set(key, (this.nested.get(key) ?? 0) + 1);
        this.columns[c]!.push(cellToString(value));
      }
    } else {
      this.rowProblems.set(row, [problem ?? this.notAnObject(record, rowNumber)]);
    }
    for (const column of this.columns) if (column.length === row) column.push('');
  }

  /** One info issue naming the columns that held nested objects or arrays, or `undefined` when none did. */
  nestedIssue(): Issue | undefined {
    const file = this.file;
    if (this.nested.size === 0) return undefined;
    const list = [...this.nested].map(([key, n]) => `"${key}" (${n})`).join(', ');
    return {
      level: 'info',
      code: 'json-nested',
      file,
      count: [...this.nested.values()].reduce((a, b) => a + b, 0),
      message: `${file}: nested objects or arrays were kept as JSON text in column ${list}.`,
      details: { columns: Object.fromEntries(this.nested) },
    };
  }

  private notAnObject(record: unknown, rowNumber: number): RawProblem {
    const what = Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`;
    return {
      kind: 'not-an-object',
      message:
        `${this.unit} ${rowNumber} of ${this.file} is ${what} (${shortenValue(JSON.stringify(record) ?? '')}), ` +
        'not an object with one property per column.',
    };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
