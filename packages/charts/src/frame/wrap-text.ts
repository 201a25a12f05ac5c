/**
 * Breaks text into lines of at most `width` characters at spaces (a longer word gets a line of its
 * own). Vega does not wrap text, so footers and subtitles are wrapped here, deterministically.
 *
 * @param text - the text
 * @param width - the most characters per line
 * @example wrapText('one two three', 7) // ['one two', 'three']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
