import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import { ColumnBuilder } from './column-builder.ts';
import { DelimitedTokenizer } from './delimited-tokenizer.ts';
import { type Delimiter, detectDelimiter } from './detect-delimiter.ts';
import { finalizeColumns } from './finalize-columns.ts';
import type { RawTable } from './raw-table.ts';

/** Options of {@link parseDelimited}. */
export interface ParseDelimitedOptions {
  /** File name, for messages. */
  name: string;
  /** Use this delimiter instead of detecting one. */
  delimiter?: Delimiter;
  /** Delimiter preferred on a tie or when none is found (default `,`; pass `\t` for .tsv files). */
  prefer?: Delimiter;
  /** Longest record kept, in characters (default 1,000,000). */
  maxRecordChars?: number;
  /** Call `onRows` every this many data rows (default 10,000). */
  progressEvery?: number;
  onRows?: (rows: number) => void;
}

const SAMPLE_CHARS = 64 * 1024;
const NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * Reads CSV/TSV text, chunk by chunk, into a {@link RawTable}: detects the delimiter from the first 64 KiB
 * (unless given), splits fields (quotes, doubled quotes, line breaks inside quotes, any line endings) and
 * collects the columns. Row numbers are the lines where records start (header = the first non-blank line).
 *
 * Issues returned: `delimiter-detected` (info), `blank-lines-skipped` (info), `trailing-empty-fields`
 * (info), `quote-stray` (warning), and those of {@link finalizeColumns}. Row problems: `ragged`,
 * `unclosed-quote`, `too-long`.
 *
 * @param chunks - The decoded text (BOM removed), in chunks of any size.
 * @param options - See {@link ParseDelimitedOptions}.
 * @returns The table; `source.format` is `tsv` when the delimiter is a tab, else `csv`.
 * @throws MinatError `file-empty` when there is no non-blank line; `csv-invalid` when the header line
 *   itself is unreadable (too long, or opens a quote that never closes).
 * @example
 * ```ts
 * const table = await parseDelimited(['"a";"b"\r\n', '"1";"2"\r\n'], { name: 'kobo.csv' });
 * table.source.delimiter; // ';'
 * ```
 */
export async function parseDelimited(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ParseDelimitedOptions,
): Promise<RawTable> {
  const { name } = options;
  const maxRecordChars = options.maxRecordChars ?? 1_000_000;
  const rows = new ColumnBuilder(name, {
    maxRecordChars,
    progressEvery: options.progressEvery ?? 10_000,
    onRows: options.onRows,
  });
  const issues: Issue[] = [];
  const sample: string[] = [];
  let sampled = 0;
  let delimiter: Delimiter = options.delimiter ?? ',';
  const start = (complete: boolean): DelimitedTokenizer => {
    delimiter = options.delimiter ?? chooseDelimiter(sample.join(''), complete, options, issues);
    const tokenizer = new DelimitedTokenizer(delimiter, maxRecordChars, rows);
    for (const text of sample) tokenizer.push(text);
    sample.length = 0;
    return tokenizer;
  };
  let tokenizer: DelimitedTokenizer | undefined;
  for await (const text of chunks) {
    if (tokenizer !== undefined) {
      tokenizer.push(text);
      continue;
    }
    sample.push(text);
    sampled += text.length;
    if (sampled >= SAMPLE_CHARS) tokenizer = start(false);
  }
  tokenizer ??= start(true);
  tokenizer.end();
  if (rows.header === undefined) {
    throw new MinatError(
      'file-empty',
      `${name} holds no data: it is empty or has only blank lines. Export the survey data again.`,
      { file: name },
    );
  }
  const final = finalizeColumns(rows.header, rows.columns, { file: name, row: rows.headerLine });
  issues.push(...summaryIssues(name, rows, tokenizer), ...final.issues);
  return {
    source: {
      name,
      format: delimiter === '\t' ? 'tsv' : 'csv',
      delimiter,
      lineEnding: tokenizer.lineEnding,
    },
    headers: final.headers,
    columns: final.columns,
    rowNumbers: rows.rowNumbers,
    rowProblems: rows.rowProblems,
    issues,
  };
}

function chooseDelimiter(
  sample: string,
  complete: boolean,
  options: ParseDelimitedOptions,
  issues: Issue[],
): Delimiter {
  const guess = detectDelimiter(sample, { prefer: options.prefer, complete });
  const what = NAMES[guess.delimiter];
  issues.push({
    level: 'info',
    code: 'delimiter-detected',
    file: options.name,
    message: guess.found
      ? `${options.name}: read as ${what}-separated (${guess.headerFields} columns in the header; ` +
        `${Math.round(guess.agreement * 100)}% of ${guess.sampled} sampled lines agree).`
      : `${options.name}: no comma, semicolon or tab in the header line, so it is read as a single column.`,
    details: { delimiter: guess.delimiter, agreement: guess.agreement, found: guess.found },
  });
  return guess.delimiter;
}

function summaryIssues(name: string, rows: ColumnBuilder, tokenizer: DelimitedTokenizer): Issue[] {
  const issues: Issue[] = [];
  if (rows.blankLines > 0) {
    issues.push({
      level: 'info',
      code: 'blank-lines-skipped',
      file: name,
      count: rows.blankLines,
      message: `${name}: skipped ${rows.blankLines} blank line${rows.blankLines === 1 ? '' : 's'} (empty, or only delimiters).`,
    });
  }
  if (rows.trailingEmpty > 0) {
    issues.push({
      level: 'info',
      code: 'trailing-empty-fields',
      file: name,
      count: rows.trailingEmpty,
      message:
        `${name}: ${rows.trailingEmpty} row${rows.trailingEmpty === 1 ? ' has' : 's have'} more fields than the ` +
        'header, but the extra fields are empty (a delimiter at the end of the line); they were ignored.',
    });
  }
  if (tokenizer.strayQuotes > 0) {
    issues.push({
      level: 'warning',
      code: 'quote-stray',
      file: name,
      row: tokenizer.firstStrayQuoteLine,
      count: tokenizer.strayQuotes,
      message:
        `${name}: ${tokenizer.strayQuotes} quoted value${tokenizer.strayQuotes === 1 ? ' is' : 's are'} followed ` +
        `by more text before the next delimiter (first on line ${tokenizer.firstStrayQuoteLine}), e.g. "a"b; ` +
        'the text was kept as it is. Check those values; a quote inside a quoted value must be doubled ("").',
    });
  }
  return issues;
}
