/** A field delimiter of delimited text. */
export type Delimiter = ',' | ';' | '\t';

/** The outcome of {@link detectDelimiter}. */
export interface DelimiterGuess {
  delimiter: Delimiter;
  /** False when no candidate occurs in the header line: the text is read as a single column. */
  found: boolean;
  /** Fields the header line has with this delimiter. */
  headerFields: number;
  /** Share (0–1) of the sampled data lines that have as many fields as the header. */
  agreement: number;
  /** Data lines sampled. */
  sampled: number;
}

const CANDIDATES: Delimiter[] = [',', ';', '\t'];
const MAX_LINES = 200;

/**
 * Guesses the delimiter of CSV/TSV text among `,` `;` and tab, from the header line and up to 200 further
 * lines. Delimiters inside double quotes do not count, so KoBo's `"a";"b"` exports and commas inside quoted
 * answers are handled. The winner has the best agreement between the header's field count and the data lines'
 * field counts, weighted by the header's field count; ties go to `prefer`, then `,` `;` tab.
 *
 * @param sample - The start of the text (BOM removed); 64 KiB is plenty.
 * @param options - `prefer`: delimiter to choose on a tie or when none occurs (default `,`; `\t` for .tsv).
 *   `complete`: the sample is the whole text, so its last line is complete (default false: the last line
 *   of the sample is ignored unless it is the only one).
 * @returns The delimiter with the evidence for it.
 * @example
 * ```ts
 * detectDelimiter('"id";"name"\n"1";"Siti, Ani"\n').delimiter; // ';'
 * ```
 */
export function detectDelimiter(
  sample: string,
  options: { prefer?: Delimiter; complete?: boolean } = {},
): DelimiterGuess {
  const prefer = options.prefer ?? ',';
  const lines = countPerLine(sample, options.complete ?? false);
  const header = lines[0];
  const data = lines.slice(1);
  let best: DelimiterGuess = {
    delimiter: prefer,
    found: false,
    headerFields: 1,
    agreement: 0,
    sampled: data.length,
  };
  let bestScore = 0;
  const order = [prefer, ...CANDIDATES.filter((d) => d !== prefer)];
  for (const delimiter of order) {
    const k = CANDIDATES.indexOf(delimiter);
    const headerCount = header?.[k] ?? 0;
    if (headerCount === 0) continue;
    const agreeing = data.filter((counts) => counts[k] === headerCount).length;
    const agreement = data.length === 0 ? 1 : agreeing / data.length;
    const score = agreement * (headerCount + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { delimiter, found: true, headerFields: headerCount + 1, agreement, sampled: data.length };
    }
  }
  return best;
}

/** Per non-blank line (quote-aware), how many of each candidate occur outside quotes. */
function countPerLine(text: string, complete: boolean): number[][] {
  const lines: number[][] = [];
  let counts = [0, 0, 0];
  let blank = true;
  let quoted = false;
  let i = 0;
  for (; i < text.length && lines.length <= MAX_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      quoted = !quoted;
      blank = false;
    } else if (quoted) {
      continue;
    } else if (c === 10 || c === 13) {
      if (!blank) lines.push(counts);
      counts = [0, 0, 0];
      blank = true;
    } else if (c === 44) counts[0]!++;
    else if (c === 59) counts[1]!++;
    else if (c === 9) counts[2]!++;
    if (c !== 32 && c !== 10 && c !== 13) blank = false;
  }
  if (!blank && (complete || lines.length === 0)) lines.push(counts);
  return lines;
}
