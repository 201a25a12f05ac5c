/**
 * Shortens a value for display in a message: long values keep their start and end around an ellipsis, and
 * line breaks are shown as `\n` so that a message stays on one line.
 *
 * @param value - The text to show.
 * @param max - Longest result, in characters (default 60).
 * @returns The value itself when it is short enough, otherwise its start and end joined by `…`.
 * @example
 * ```ts
 * shortenValue('a'.repeat(100), 9); // 'aaaa…aaaa'
 * ```
 */
export function shortenValue(value: string, max = 60): string {
  const flat = value.replace(/\r\n|\r|\n/g, '\\n');
  if (flat.length <= max) return flat;
  const head = Math.ceil((max - 1) / 2);
  const tail = Math.floor((max - 1) / 2);
  return `${flat.slice(0, head)}…${flat.slice(flat.length - tail)}`;
}
