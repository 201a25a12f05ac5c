import { MinatError } from '../errors/minat-error.ts';
import type { RecordSink, RecordTrouble } from './delimited-tokenizer.ts';
import type { RawProblem } from './raw-table.ts';

const POOL_LIMIT = 512;

/**
 * Collects the records of delimited text into columns (one array per column, no array per row): the first
 * non-blank record is the header, every later non-blank record a data row.
 *
 * - A record whose fields are all empty or blank (an empty line, `;;;`) is skipped and counted in `blankLines`.
 * - A record with fewer fields than the header is padded with `''`; one with more keeps the first fields.
 *   Either way it gets a `ragged` problem, except when the extra fields are all empty (a delimiter at the end
 *   of the line), which is only counted in `trailingEmpty`.
 * - A record the tokenizer could not read (`too-long`, `unclosed-quote`) is kept as a row, padded with `''`,
 *   with that problem.
 *
 * @example
 * ```ts
 * const rows = new ColumnBuilder('s.csv', { maxRecordChars: 1e6, progressEvery: 10_000 });
 * new DelimitedTokenizer(',', 1e6, rows).push('a,b\n1,2\n'); // rows.columns: [['1'], ['2']]
 * ```
 */
export class ColumnBuilder implements RecordSink {
  /** Header cells as read, once the header record ended; `undefined` before. */
  header: string[] | undefined;
  /** Line of the header. */
  headerLine = 0;
  columns: string[][] = [];
  rowNumbers: number[] = [];
  rowProblems = new Map<number, RawProblem[]>();
  /** Blank records skipped. */
  blankLines = 0;
  /** Rows whose extra fields were all empty. */
  trailingEmpty = 0;

  private headerFields: string[] = [];
  private pools: (Map<string, string> | undefined)[] = [];
  private width = 0;
  private index = 0;
  private blank = true;
  private extraData = false;

  private readonly progressEvery: number;
  private readonly maxRecordChars: number;
  private readonly onRows: ((rows: number) => void) | undefined;

  /**
   * @param file - File name, for messages.
   * @param options - `maxRecordChars`: the tokenizer's limit, for messages. `progressEvery`: call `onRows`
   *   every this many data rows. `onRows`: progress callback with the number of data rows so far.
   */
  constructor(
    private readonly file: string,
    options: { maxRecordChars: number; progressEvery: number; onRows?: (rows: number) => void },
  ) {
    this.maxRecordChars = options.maxRecordChars;
    this.progressEvery = Math.max(1, Math.floor(options.progressEvery));
    this.onRows = options.onRows;
  }

  /** {@inheritDoc RecordSink.field} */
  field(value: string): void {
    if (this.blank && value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== ''))
      this.blank = false;
    const i = this.index++;
    if (this.header === undefined) this.headerFields.push(value);
    else if (i < this.width) this.columns[i]!.push(this.intern(i, value));
    else if (!this.extraData && value.trim() !== '') this.extraData = true;
  }

  /** {@inheritDoc RecordSink.endRecord} */
  endRecord(line: number, trouble?: RecordTrouble): void {
    const found = this.index;
    const blank = this.blank && trouble === undefined;
    const extraData = this.extraData;
    this.index = 0;
    this.blank = true;
    this.extraData = false;
    if (this.header === undefined) {
      if (trouble !== undefined) throw this.headerError(line, trouble);
      if (blank) {
        this.blankLines++;
        this.headerFields = [];
        return;
      }
      this.header = this.headerFields;
      this.headerLine = line;
      this.width = this.header.length;
      this.columns = this.header.map(() => []);
      this.pools = this.header.map(() => new Map());
      return;
    }
    const width = this.width;
    if (blank) {
      for (let c = Math.min(found, width) - 1; c >= 0; c--) this.columns[c]!.pop();
      this.blankLines++;
      return;
    }
    for (let c = found; c < width; c++) this.columns[c]!.push('');
    const row = this.rowNumbers.length;
    this.rowNumbers.push(line);
    if (trouble !== undefined) {
      this.rowProblems.set(row, [this.troubleProblem(line, trouble)]);
    } else if (found < width || extraData) {
      this.rowProblems.set(row, [
        {
          kind: 'ragged',
          found,
          expected: width,
          message:
            `Row ${line} of ${this.file} has ${found} fields but the header (row ${this.headerLine}) has ${width}` +
            (found < width
              ? `; the last ${width - found} were left empty.`
              : `; the ${found - width} extra were dropped.`) +
            ' A value probably contains the delimiter without quotes around it, or a column is missing.',
        },
      ]);
    } else if (found > width) {
      this.trailingEmpty++;
    }
    if (this.onRows !== undefined && this.rowNumbers.length % this.progressEvery === 0) {
      this.onRows(this.rowNumbers.length);
    }
  }

  /** Shares one string per distinct value of low-cardinality columns: far fewer live strings, less GC. */
  private intern(column: number, value: string): string {
    const pool = this.pools[column];
    if (pool === undefined) return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    if (pool.size < POOL_LIMIT) pool.set(value, value);
    else this.pools[column] = undefined;
    return value;
  }

  private troubleProblem(line: number, trouble: RecordTrouble): RawProblem {
    if (trouble.kind === 'too-long') {
      return {
        kind: 'too-long',
        message:
          `Row ${line} of ${this.file} is longer than the limit of ${this.limitText()} characters and was not ` +
          'read. Check the file for a runaway value; raise maxRecordChars if the row is really that long.',
      };
    }
    return {
      kind: 'unclosed-quote',
      message:
        `Row ${line} of ${this.file}: a quote (") opened on line ${trouble.quoteLine} never closes, so the rest ` +
        `of the file (lines ${trouble.quoteLine}–${trouble.lastLine}) was read into this one row` +
        (trouble.truncated ? ' (its text was too long to keep)' : '') +
        '. Close the quote, or write a quote inside a value as two quotes ("").',
    };
  }

  private headerError(line: number, trouble: RecordTrouble): MinatError {
    const why =
      trouble.kind === 'too-long'
        ? `is longer than the limit of ${this.limitText()} characters`
        : `opens a quote (") on line ${trouble.quoteLine} that never closes`;
    return new MinatError(
      'csv-invalid',
      `The header row (line ${line}) of ${this.file} ${why}, so the columns cannot be read. ` +
        'The first line must hold the column names, separated by commas, semicolons or tabs.',
      { file: this.file, row: line },
    );
  }

  private limitText(): string {
    return this.maxRecordChars.toLocaleString('en-US');
  }
}
