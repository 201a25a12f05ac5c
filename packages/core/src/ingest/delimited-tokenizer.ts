/** Why a record could not be read normally; reported to the sink with the record. */
export type RecordTrouble =
  | { kind: 'too-long' }
  | { kind: 'unclosed-quote'; quoteLine: number; lastLine: number; truncated: boolean };

/** Receives the fields and records found by {@link DelimitedTokenizer}. */
export interface RecordSink {
  /** One field of the current record, quotes removed and doubled quotes undone. */
  field(value: string): void;
  /** The current record ended; it started on line `startLine` (1-based). */
  endRecord(startLine: number, trouble?: RecordTrouble): void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/**
 * Splits delimited text (RFC 4180 CSV, with any of `,` `;` tab) into fields and records, fed chunk by chunk.
 *
 * - Line breaks are `\n`, `\r\n` or `\r`, mixed freely, inside and outside quotes; `line` counts them the way a
 *   text editor does, and each record is reported with the line it starts on.
 * - A field is quoted only when `"` is its first character; `""` inside it is one quote. Text after a closing
 *   quote is kept literally (as spreadsheets do) and counted in `strayQuotes`; a `"` inside an unquoted field
 *   is an ordinary character.
 * - A record longer than `maxRecordChars` is skipped up to its end without keeping its text (trouble
 *   `too-long`); a quote still open at the end of the text gives trouble `unclosed-quote`.
 *
 * @example
 * ```ts
 * const t = new DelimitedTokenizer(',', 1_000_000, sink);
 * t.push('a,b\r\n1,"x\r\ny"\r\n');
 * t.end(); // sink got ['a','b'] @1 and ['1','x\r\ny'] @2; t.line === 4
 * ```
 */
export class DelimitedTokenizer {
  /** The line the tokenizer is on (1-based). */
  line = 1;
  /** The first line break seen. */
  lineEnding: 'lf' | 'crlf' | 'cr' | undefined;
  /** Quoted fields followed by other text before the delimiter, e.g. `"a"b`. */
  strayQuotes = 0;
  /** Line of the first such field. */
  firstStrayQuoteLine = 0;

  private readonly delimiter: number;
  private state = FIELD_START;
  private recordLine = 1;
  private pending = '';
  private recordChars = 0;
  private tooLong = false;
  private fields = 0;
  private quoteLine = 0;
  private skipLF = false;
  private lastWasCR = false;
  private lastWasNewline = false;
  private endingAtBoundary = false;

  /**
   * @param delimiter - The field delimiter.
   * @param maxRecordChars - Longest record kept, in characters.
   * @param sink - Receives fields and records.
   */
  constructor(
    delimiter: ',' | ';' | '\t',
    private readonly maxRecordChars: number,
    private readonly sink: RecordSink,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    const n = chunk.length;
    if (n === 0) return;
    const d = this.delimiter;
    let i = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (chunk.charCodeAt(0) === LF) {
        if (this.endingAtBoundary) this.lineEnding = 'crlf';
        i = 1;
      }
      this.endingAtBoundary = false;
    }
    let seg = i;
    let state = this.state;
    while (i < n) {
      if (state === FIELD_START) {
        if (chunk.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          this.quoteLine = this.line;
          seg = ++i;
          continue;
        }
        state = UNQUOTED;
        seg = i;
      }
      if (state === UNQUOTED) {
        let c = 0;
        while (i < n) {
          c = chunk.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i === n) break;
        const value = this.pending === '' ? chunk.slice(seg, i) : this.pending + chunk.slice(seg, i);
        this.pending = '';
        this.emitField(value);
        if (c === d) {
          state = FIELD_START;
          i++;
        } else {
          this.endRecord();
          i = this.newline(chunk, i, c);
          state = FIELD_START;
        }
        continue;
      }
      if (state === QUOTED) {
        while (i < n) {
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) break;
          if (c === LF) {
            if (!(i > 0 ? chunk.charCodeAt(i - 1) === CR : this.lastWasCR)) this.line++;
          } else if (c === CR) this.line++;
          i++;
        }
        if (i === n) break;
        if (!this.tooLong) this.pending += chunk.slice(seg, i);
        i++;
        state = AFTER_QUOTE;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        if (!this.tooLong) this.pending += '"';
        state = QUOTED;
        seg = ++i;
      } else if (c === d || c === LF || c === CR) {
        const value = this.pending;
        this.pending = '';
        this.emitField(value);
        state = FIELD_START;
        if (c === d) i++;
        else {
          this.endRecord();
          i = this.newline(chunk, i, c);
        }
      } else {
        if (this.strayQuotes++ === 0) this.firstStrayQuoteLine = this.line;
        state = UNQUOTED;
        seg = i;
      }
    }
    if ((state === UNQUOTED || state === QUOTED) && !this.tooLong && seg < n)
      this.pending += chunk.slice(seg, n);
    this.state = state;
    if (!this.tooLong && this.recordChars + this.pending.length > this.maxRecordChars) this.tooLong = true;
    if (this.tooLong) this.pending = '';
    const last = chunk.charCodeAt(n - 1);
    this.lastWasCR = last === CR;
    this.lastWasNewline = last === CR || last === LF;
  }

  /** Ends the text: emits the last record if it has no line break, or the record a quote left open. */
  end(): void {
    if (this.state === QUOTED) {
      const lastLine = this.lastWasNewline ? this.line - 1 : this.line;
      const truncated = this.tooLong;
      this.emitField(this.pending);
      this.tooLong = false;
      this.endRecord({ kind: 'unclosed-quote', quoteLine: this.quoteLine, lastLine, truncated });
    } else if (this.state !== FIELD_START || this.fields > 0) {
      this.emitField(this.pending);
      this.endRecord();
    }
    this.pending = '';
    this.state = FIELD_START;
  }

  private emitField(value: string): void {
    this.fields++;
    if (this.tooLong) return;
    this.recordChars += value.length;
    if (this.recordChars > this.maxRecordChars) {
      this.tooLong = true;
      return;
    }
    this.sink.field(value);
  }

  private endRecord(trouble?: RecordTrouble): void {
    this.sink.endRecord(this.recordLine, trouble ?? (this.tooLong ? { kind: 'too-long' } : undefined));
    this.fields = 0;
    this.recordChars = 0;
    this.tooLong = false;
  }

  /** Steps over the line break at `i` (character `c`); returns the index after it. */
  private newline(chunk: string, i: number, c: number): number {
    this.line++;
    this.recordLine = this.line;
    if (c === LF) {
      this.lineEnding ??= 'lf';
      return i + 1;
    }
    if (i + 1 === chunk.length) {
      this.skipLF = true;
      if (this.lineEnding === undefined) {
        this.lineEnding = 'cr';
        this.endingAtBoundary = true;
      }
      return i + 1;
    }
    if (chunk.charCodeAt(i + 1) === LF) {
      this.lineEnding ??= 'crlf';
      return i + 2;
    }
    this.lineEnding ??= 'cr';
    return i + 1;
  }
}
