import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** How a delimited text file is written. */
export interface CsvStyle {
  delimiter: ',' | ';' | '\t';
  /** Quote every field (KoBo style) instead of only those that need it. */
  quoteAll: boolean;
  eol: '\n' | '\r\n';
}

/**
 * Formats one record: fields holding the delimiter, a quote or a line break are quoted (all fields when
 * `quoteAll`), quotes doubled, the line ending appended.
 *
 * @param cells - the fields
 * @param style - delimiter, quoting and line ending
 * @returns the record with its line ending
 * @example
 * ```ts
 * csvLine(['a', 'b c', 'x,y'], { delimiter: ',', quoteAll: false, eol: '\n' }); // 'a,b c,"x,y"\n'
 * ```
 */
export function csvLine(cells: readonly string[], style: CsvStyle): string {
  const out = cells.map((c) => {
    const needs =
      style.quoteAll ||
      c.includes(style.delimiter) ||
      c.includes('"') ||
      c.includes('\n') ||
      c.includes('\r');
    return needs ? `"${c.replaceAll('"', '""')}"` : c;
  });
  return out.join(style.delimiter) + style.eol;
}

/** A buffered, synchronous text file writer (UTF-8). */
export interface TextWriter {
  write(text: string): void;
  /** Flushes and closes the file. */
  close(): void;
}

/**
 * Opens a file for writing (creating its folder), buffering about 1 MB between writes so that a
 * million-row file streams to disk without holding the rows.
 *
 * @param path - the file to (over)write
 * @param bom - start with a UTF-8 byte-order mark; default `false`
 * @returns the writer
 * @example
 * ```ts
 * const out = createTextWriter('data/sample/out-1000.csv');
 * out.write('a,b\n');
 * out.close();
 * ```
 */
export function createTextWriter(path: string, bom = false): TextWriter {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let buffer: string[] = bom ? ['\uFEFF'] : [];
  let size = 0;
  const flush = () => {
    if (buffer.length) writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  return {
    write(text) {
      buffer.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
